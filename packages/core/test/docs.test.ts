/**
 * docs/model.md shows the validation set case by case. Its copy of the table must be what the model gives
 * now: the rows are rendered again from the sources and compared cell by cell (the page's column padding
 * is ignored).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

describe('docs/model.md', () => {
  const page = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8');
  const block = /<!-- validation-table -->([\s\S]*?)<!-- \/validation-table -->/.exec(page)?.[1] ?? '';
  const onPage = block
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map(cells)
    .filter((r) => !isRule(r));
  const fresh = (validationTable(core) as string[]).map(cells).filter((r) => !isRule(r));

  it('shows every validation case with the model’s current answer', () => {
    expect(onPage.length).toBe(core.VALIDATION_CASES.length + 1);
    expect(onPage).toEqual(fresh);
  });
});
