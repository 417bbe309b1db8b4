import { compareRows, type FormatOptions, getVehicle, type Vehicle, vehicleSummary } from '@mini-ev/core';
import type { Output } from '../output.js';
import { bold, CliError, table } from '../output.js';

export function compareCommand(ids: string[], fmt: FormatOptions): Output {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 4) {
    throw new CliError(`compare: got ${unique.length} distinct id(s), expected 2 to 4 vehicle ids`);
  }
  const vehicles: Vehicle[] = unique.map(getVehicle);
  const rows = compareRows(vehicles, fmt);
  return {
    json: {
      vehicles: vehicles.map(vehicleSummary),
      rows: rows.map((r) => ({
        key: r.key,
        label: r.label,
        values: r.figures.map((f) => f?.value ?? null),
        differs: r.differs,
      })),
    },
    text: table(
      ['', ...vehicles.map((v) => v.id)],
      rows.map((r) => [r.differs ? bold(r.label) : r.label, ...r.values]),
    ),
  };
}
