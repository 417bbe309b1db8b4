import {
  planTrip,
  TRIP_STOPS,
  type TripImpossible,
  type TripInput,
  type TripPlan,
  tripNotPossible,
  tripSteps,
  tripStopCells,
  tripSummary,
} from '@mini-ev/core';
import { blank, heading, type Row } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** A trip: total, driving and charging time, and each stop; or why it cannot be done. */
export const tripScreen: CalcScreen<TripPlan | TripImpossible> = {
  compute: (m, input) => planTrip(m, input as TripInput),
  rows: (p, { fmt, notes }) => {
    if (!p.feasible) return [{ text: tripNotPossible(p, fmt), color: 'red' }, ...notes(p.limited)];
    const steps = tripSteps(p, fmt);
    const cells = tripStopCells(p, fmt);
    const summary = tripSummary(p, fmt);
    // Core's columns, each as wide as its widest cell or heading, figures to the right.
    const cols = TRIP_STOPS.columns;
    const widths = cols.map((c) => Math.max(c.label.length, ...cells.map((s) => s[c.key].length)));
    const row = (texts: string[]) => ` ${texts.map((t, i) => t.padStart(widths[i]!)).join('  ')}`;
    return [
      // Core's label for the total; its other lines as core's one summary sentence under it.
      {
        text: `${summary.lines.find((l) => l.key === 'total')!.label.padEnd(13)}${summary.total}`,
        bold: true,
        color: 'green',
      },
      { text: `             ${summary.text}`, hang: 13 },
      ...notes(p.limited),
      blank,
      heading(TRIP_STOPS.heading),
      ...(cells.length
        ? [
            { text: row(cols.map((c) => c.label)), color: 'gray' as const },
            ...cells.flatMap((s): Row[] => [
              { text: row(cols.map((c) => s[c.key])) },
              // Why the plan stops here, in core's words.
              { text: `     ${s.why}`, color: 'gray', hang: 5 },
            ]),
          ]
        : [{ text: `  ${TRIP_STOPS.none}`, color: 'gray' as const }]),
      { text: steps.at(-1)!.text },
    ];
  },
};
