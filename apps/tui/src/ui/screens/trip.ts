import {
  formatDistance,
  formatDuration,
  formatPercent,
  planTrip,
  type TripImpossible,
  type TripInput,
  type TripPlan,
} from '@mini-ev/core';
import { blank, heading } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** A trip: total, driving and charging time, and each stop; or why it cannot be done. */
export const tripScreen: CalcScreen<TripPlan | TripImpossible> = {
  compute: (m, input) => planTrip(m, input as TripInput),
  rows: (p, { fmt, notes }) => {
    if (!p.feasible) return [{ text: `Not possible: ${p.reason}`, color: 'red' }, ...notes(p.limited)];
    return [
      { text: `Total        ${formatDuration(p.totalMinutes)}`, bold: true, color: 'green' },
      {
        text: `Driving      ${formatDuration(p.drivingMinutes)} · charging ${formatDuration(p.chargingMinutes)} in ${p.stops.length} stop(s)`,
      },
      ...notes(p.limited),
      blank,
      heading('Stops'),
      ...p.stops.map((s, i) => ({
        text: `${String(i + 1).padStart(3)}. ${formatDistance(s.km, fmt).padStart(8)}  ${formatPercent(s.arrivalSocPct).padStart(5)} → ${formatPercent(s.departureSocPct).padStart(5)}  ${formatDuration(s.chargeMinutes).padStart(8)}`,
      })),
      ...(p.stops.length ? [] : [{ text: '  none: the battery is enough', color: 'gray' as const }]),
      { text: `Arrive with ${formatPercent(p.arrivalSocPct)}` },
    ];
  },
};
