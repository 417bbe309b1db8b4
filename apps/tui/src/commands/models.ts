import { dataSet, type FormatOptions, LINEUP_COLUMNS, lineupCells, vehicleSummary } from '@mini-ev/core';
import type { Output } from '../output.js';
import { table } from '../output.js';

export function modelsCommand(fmt: FormatOptions): Output {
  const rows = dataSet.vehicles.map(vehicleSummary);
  return {
    // Absent figures are null, and the years on sale are the same object as in `show`.
    json: dataSet.vehicles.map((v, i) => ({
      ...Object.fromEntries(Object.entries(rows[i]!).map(([k, x]) => [k, x ?? null])),
      yearsOnSale: v.yearsOnSale ?? null,
    })),
    // The id (what every command takes), then core's line-up columns.
    text: table(
      ['id', ...LINEUP_COLUMNS.map((c) => c.short)],
      dataSet.vehicles.map((v) => {
        const cells = lineupCells(v, fmt);
        return [v.id, ...LINEUP_COLUMNS.map((c) => cells[c.key])];
      }),
      ['l', ...LINEUP_COLUMNS.map((c) => (c.numeric ? 'r' : 'l'))],
    ),
  };
}
