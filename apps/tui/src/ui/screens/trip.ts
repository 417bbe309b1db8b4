import {
  formatDistance,
  formatDuration,
  formatPercent,
  planTrip,
  type TripImpossible,
  type TripInput,
  type TripPlan,
  tripNotPossible,
  tripSteps,
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
    const charges = steps.filter((x) => x.kind === 'charge');
    const summary = tripSummary(p, fmt);
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
      heading('Stops'),
      ...p.stops.flatMap((s, i): Row[] => [
        {
          text: `${String(i + 1).padStart(3)}. ${formatDistance(s.km, fmt).padStart(8)}  ${formatPercent(s.arrivalSocPct).padStart(5)} → ${formatPercent(s.departureSocPct).padStart(5)}  ${formatDuration(s.chargeMinutes).padStart(8)}`,
        },
        // Why the plan stops here, in core's words.
        { text: `     ${charges[i]?.why ?? ''}`, color: 'gray', hang: 5 },
      ]),
      ...(p.stops.length ? [] : [{ text: '  none: the battery is enough', color: 'gray' as const }]),
      { text: steps.at(-1)!.text },
    ];
  },
};
