import {
  answerRows,
  COMPARE_SECTIONS,
  compareAnswers,
  compareRows,
  type FormatOptions,
  getVehicle,
  type Market,
  type Vehicle,
  vehicleSummary,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { bold, CliError, dim, table } from '../output.js';

/**
 * Two to four cars side by side: first the answers core computes for each (real range, consumption,
 * charging, running cost and, with a market, the price there), the best of each row marked, then every
 * published figure.
 */
export function compareCommand(ids: string[], fmt: FormatOptions, market?: Market): Output {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 4) {
    throw new CliError(`compare: got ${unique.length} distinct id(s), expected 2 to 4 vehicle ids`);
  }
  const vehicles: Vehicle[] = unique.map(getVehicle);
  const rows = compareRows(vehicles, fmt);
  const answers = compareAnswers(
    vehicles.map((v) => answerRows(v, { ...fmt, ...(market ? { market } : {}) })),
  );
  return {
    json: {
      vehicles: vehicles.map(vehicleSummary),
      market: market?.id ?? null,
      answers: answers.map((r) => ({
        key: r.key,
        label: r.label,
        unit: r.unit,
        values: r.amounts.map((a) => a ?? null),
        shown: r.values,
        better: r.better,
        best: r.best.map((i) => vehicles[i]!.id),
      })),
      rows: rows.map((r) => ({
        key: r.key,
        label: r.label,
        values: r.figures.map((f) => f?.value ?? null),
        differs: r.differs,
      })),
    },
    text: [
      bold(COMPARE_SECTIONS.answers) + dim('  (* best of the row)'),
      table(
        ['', ...vehicles.map((v) => v.id)],
        answers.map((r) => [r.label, ...r.values.map((v, i) => (r.best.includes(i) ? `${v} *` : v))]),
      ),
      '',
      bold(COMPARE_SECTIONS.published) + dim('  (rows that differ in bold)'),
      table(
        ['', ...vehicles.map((v) => v.id)],
        rows.map((r) => [r.differs ? bold(r.label) : r.label, ...r.values]),
      ),
    ].join('\n'),
  };
}
