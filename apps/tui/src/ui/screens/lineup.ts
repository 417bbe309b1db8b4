import { dataSet, type FormatOptions, formatDistance, formatEnergy, vehicleSummary } from '@mini-ev/core';
import type { Row } from '../rows.js';
import type { State } from '../state.js';

/** The line-up: one row per car, the cursor's inverted, marked cars with ◆. */
export function lineupRows(state: State, fmt: FormatOptions): Row[] {
  return dataSet.vehicles.map((v, i) => {
    const s = vehicleSummary(v);
    const mark = state.marked.includes(v.id) ? '◆' : ' ';
    const range = s.wltpRangeKm === undefined ? '—' : formatDistance(s.wltpRangeKm, fmt);
    const kwh = s.usableKWh === undefined ? '' : formatEnergy(s.usableKWh);
    return {
      text: `${mark} ${v.name.padEnd(28)} ${v.status.padEnd(10)} ${range.padStart(7)} ${kwh.padStart(9)}`,
      inverse: i === state.cursor,
      color: v.status === 'concept' ? 'gray' : undefined,
    };
  });
}
