import {
  dataSet,
  type FormatOptions,
  getVehicle,
  LINEUP_COLUMNS,
  type LineupKey,
  lineupCells,
} from '@mini-ev/core';
import type { Row } from '../rows.js';
import { lineupIds, type State } from '../state.js';

/**
 * The line-up under its column headers: one row per car (as filtered), the cursor's marked › and inverted,
 * cars marked for compare with ◆. The name column fits the longest name; on a narrow terminal the usable
 * battery and then the status columns give way, so a row never wraps.
 */
export function lineupRows(state: State, fmt: FormatOptions, width = 80): Row[] {
  const list = lineupIds(state);
  const nameW = Math.max(...dataSet.vehicles.map((v) => v.name.length));
  // Core's cells and headings for the columns a terminal has room for, each as wide as its widest cell.
  const cells = new Map(dataSet.vehicles.map((v) => [v.id, lineupCells(v, fmt)]));
  const col = (key: LineupKey) => {
    const c = LINEUP_COLUMNS.find((x) => x.key === key)!;
    const w = Math.max(c.short.length, ...[...cells.values()].map((x) => x[key].length));
    return { head: c.short, w, cell: (id: string) => cells.get(id)![key], right: c.numeric };
  };
  const cols = [col('status'), col('wltpRangeKm'), col('usableKWh')];
  // Keep WLTP first, then status, then usable, as the width allows.
  const fits = (shown: typeof cols) => 3 + nameW + shown.reduce((a, c) => a + 1 + c.w, 0) <= width;
  const order = [cols[1]!, cols[0]!, cols[2]!];
  const kept = order.filter((_, i) => fits(order.slice(0, i + 1)));
  const shown = cols.filter((c) => kept.includes(c));
  const line = (lead: string, name: string, cells: string[]) =>
    `${lead}${name.padEnd(nameW)}${shown.map((c, i) => ` ${c.right ? cells[i]!.padStart(c.w) : cells[i]!.padEnd(c.w)}`).join('')}`.trimEnd();
  const head: Row = {
    text: line(
      '   ',
      LINEUP_COLUMNS[0]!.short,
      shown.map((c) => c.head),
    ),
    color: 'gray',
  };
  if (list.length === 0)
    return [head, { text: `  No car matches “${state.filter}”. Esc clears the filter.` }];
  return [
    head,
    ...list.map((id, i) => {
      const v = getVehicle(id);
      const mark = state.marked.includes(v.id) ? '◆' : ' ';
      // › marks the cursor for terminals without colour or inverse (TERM=dumb).
      return {
        text: line(
          `${i === state.cursor ? '›' : ' '}${mark} `,
          v.name,
          shown.map((c) => c.cell(id)),
        ),
        inverse: i === state.cursor,
        bold: i === state.cursor,
        ...(v.status === 'concept' ? { color: 'gray' as const } : {}),
      };
    }),
  ];
}
