import { type SpecRow, specRows, type Vehicle } from '@mini-ev/core';

/** A spec-sheet row (core's, in metric) with its value in imperial as well. */
export type SheetRow = SpecRow & { imperial: string };

/** A car's spec sheet, formatted by core in both unit systems (pages only: runs at build time). */
export function sheetInBoth(v: Vehicle): SheetRow[] {
  const imperial = new Map(specRows(v, { system: 'imperial' }).map((r) => [r.key, r.value]));
  return specRows(v, { system: 'metric' }).map((r) => ({ ...r, imperial: imperial.get(r.key) ?? r.value }));
}
