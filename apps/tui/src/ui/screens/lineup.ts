import { type FormatOptions, formatDistance, formatEnergy, getVehicle, vehicleSummary } from '@mini-ev/core';
import type { Row } from '../rows.js';
import { lineupIds, type State } from '../state.js';

/**
 * The line-up under its column headers: one row per car (as filtered), the cursor's marked › and inverted,
 * cars marked for compare with ◆.
 */
export function lineupRows(state: State, fmt: FormatOptions): Row[] {
  const list = lineupIds(state);
  const head: Row = {
    text: `   ${'car'.padEnd(28)} ${'status'.padEnd(10)} ${'WLTP'.padStart(7)} ${'usable'.padStart(9)}`,
    color: 'gray',
  };
  if (list.length === 0)
    return [head, { text: `  No car matches “${state.filter}”. Esc clears the filter.` }];
  return [
    head,
    ...list.map((id, i) => {
      const v = getVehicle(id);
      const s = vehicleSummary(v);
      const mark = state.marked.includes(v.id) ? '◆' : ' ';
      const range = s.wltpRangeKm === undefined ? '—' : formatDistance(s.wltpRangeKm, fmt);
      const kwh = s.usableKWh === undefined ? '' : formatEnergy(s.usableKWh);
      return {
        // › marks the cursor for terminals without colour or inverse (TERM=dumb).
        text: `${i === state.cursor ? '›' : ' '}${mark} ${v.name.padEnd(28)} ${v.status.padEnd(10)} ${range.padStart(7)} ${kwh.padStart(9)}`,
        inverse: i === state.cursor,
        bold: i === state.cursor,
        ...(v.status === 'concept' ? { color: 'gray' as const } : {}),
      };
    }),
  ];
}
