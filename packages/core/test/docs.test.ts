/**
 * docs/model.md shows the per-car calibration, the scenario table and the validation set case by case. Its
 * copies must be what the model gives now: each table is rendered again from the sources by the script
 * that prints it and compared cell by cell (the page's column padding is ignored).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { modelTables } from '../scripts/model-table.mjs';
// @ts-expect-error: a plain ES module script without declarations
import { validationTable } from '../scripts/validation-table.mjs';
import * as core from '../src/index.js';

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
const isRule = (row: string[]) => row.every((c) => /^-+$/.test(c));
const rows = (lines: readonly string[]) => lines.map(cells).filter((r) => !isRule(r));

const page = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8');
/** The table between `<!-- name -->` and `<!-- /name -->` on the page. */
function onPage(name: string): string[][] {
  const block = new RegExp(`<!-- ${name} -->([\\s\\S]*?)<!-- /${name} -->`).exec(page)?.[1] ?? '';
  return rows(block.split('\n').filter((l) => l.startsWith('|')));
}

describe('docs/model.md', () => {
  const { calibration, scenarios } = modelTables(core) as { calibration: string[]; scenarios: string[] };
  const calculable = core.dataSet.vehicles.filter(core.isCalculable).length;

  it('§10: every calculable car’s calibration as the model gives it now', () => {
    expect(onPage('model-table').length).toBe(calculable + 1);
    expect(onPage('model-table')).toEqual(rows(calibration));
  });
  it('§10: every calculable car’s scenario ranges as the model gives them now', () => {
    expect(onPage('scenario-table').length).toBe(calculable + 1);
    expect(onPage('scenario-table')).toEqual(rows(scenarios));
  });
  it('§11: every validation case with the model’s current answer', () => {
    expect(onPage('validation-table').length).toBe(core.VALIDATION_CASES.length + 1);
    expect(onPage('validation-table')).toEqual(rows(validationTable(core) as string[]));
  });
});
