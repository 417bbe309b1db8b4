import {
  dataSet,
  type FormatOptions,
  formatChargePower,
  formatDistance,
  formatEnergy,
  formatPower,
  LINEUP_COLUMNS,
  type VehicleSummary,
  vehicleSummary,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { table } from '../output.js';

const opt = (x: number | undefined, f: (n: number) => string) => (x === undefined ? '—' : f(x));
const TEXT = new Set(['name', 'status', 'years']);

/** A line-up cell as the terminal shows it: the figure in the reader's units, '—' when unknown. */
function cell(r: VehicleSummary, key: (typeof LINEUP_COLUMNS)[number]['key'], fmt: FormatOptions): string {
  switch (key) {
    case 'name':
      return r.name;
    case 'status':
      return r.status;
    case 'years':
      return r.years ?? '—';
    case 'powerKW':
      return opt(r.powerKW, (x) => formatPower(x, fmt));
    case 'usableKWh':
      return opt(r.usableKWh, (x) => formatEnergy(x, fmt));
    case 'wltpRangeKm':
      return opt(r.wltpRangeKm, (x) => formatDistance(x, fmt));
    case 'dcPeakKW':
      return opt(r.dcPeakKW, (x) => formatChargePower(x, fmt));
  }
}

export function modelsCommand(fmt: FormatOptions): Output {
  const rows = dataSet.vehicles.map(vehicleSummary);
  return {
    // Absent figures are null, and the years on sale are the same object as in `show`.
    json: dataSet.vehicles.map((v, i) => ({
      ...Object.fromEntries(Object.entries(rows[i]!).map(([k, x]) => [k, x ?? null])),
      yearsOnSale: v.yearsOnSale ?? null,
    })),
    // The id (what every command takes), then core's line-up columns, the car under its JSON name.
    text: table(
      ['id', ...LINEUP_COLUMNS.map((c) => (c.key === 'name' ? 'name' : c.short))],
      rows.map((r) => [r.id, ...LINEUP_COLUMNS.map((c) => cell(r, c.key, fmt))]),
      ['l', ...LINEUP_COLUMNS.map((c) => (TEXT.has(c.key) ? 'l' : 'r'))],
    ),
  };
}
