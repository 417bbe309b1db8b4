import {
  dataSet,
  type FormatOptions,
  formatChargePower,
  formatDistance,
  formatEnergy,
  formatPower,
  vehicleSummary,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { table } from '../output.js';

const opt = (x: number | undefined, f: (n: number) => string) => (x === undefined ? '—' : f(x));

export function modelsCommand(fmt: FormatOptions): Output {
  const rows = dataSet.vehicles.map(vehicleSummary);
  return {
    // Absent figures are null, and the years on sale are the same object as in `show`.
    json: dataSet.vehicles.map((v, i) => ({
      ...Object.fromEntries(Object.entries(rows[i]!).map(([k, x]) => [k, x ?? null])),
      yearsOnSale: v.yearsOnSale ?? null,
    })),
    text: table(
      ['id', 'name', 'status', 'years', 'power', 'usable', 'WLTP', 'DC'],
      rows.map((r) => [
        r.id,
        r.name,
        r.status,
        r.years ?? '—',
        opt(r.powerKW, (x) => formatPower(x, fmt)),
        opt(r.usableKWh, (x) => formatEnergy(x, fmt)),
        opt(r.wltpRangeKm, (x) => formatDistance(x, fmt)),
        opt(r.dcPeakKW, (x) => formatChargePower(x, fmt)),
      ]),
      ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r'],
    ),
  };
}
