import {
  getVehicle,
  headlineRange,
  LINEUP_COLUMNS,
  type LineupKey,
  lineupCells,
  notCalculableNotice,
  type Vehicle,
  vehicleSummary,
} from '@mini-ev/core';

const short = (key: LineupKey) => LINEUP_COLUMNS.find((c) => c.key === key)!.short;

/**
 * A car's share image lines, from core's words: its headline range with the rating it is (the best trim's
 * WLTP, the Ora R1's NEDC span, the MINI E's claim), its usable battery as the line-up writes it (a
 * ceiling says "under"), its DC peak; then when it was on sale. A car with none of these says why.
 */
export function carShareLines(idOrCar: string | Vehicle): string[] {
  const v = typeof idOrCar === 'string' ? getVehicle(idOrCar) : idOrCar;
  const cells = lineupCells(v);
  const range = headlineRange(v);
  const figures = [
    range ? `${range.value} (${range.rating})` : undefined,
    cells.usableKWh === '—' ? undefined : `${cells.usableKWh} ${short('usableKWh')}`,
    cells.dcPeakKW === '—' ? undefined : `${short('dcPeakKW')} ${cells.dcPeakKW}`,
  ].filter((x): x is string => x !== undefined);
  const years = vehicleSummary(v).years;
  return [
    figures.length ? figures.join(' · ') : (notCalculableNotice(v) ?? v.summary),
    years ? `On sale ${years}` : v.status,
  ];
}
