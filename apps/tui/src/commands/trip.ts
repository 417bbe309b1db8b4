import {
  type FormatOptions,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatPercent,
  getVehicle,
  planTrip,
  type TripInput,
  tripNotPossible,
  tripSteps,
  tripSummary,
  vehicleModel,
} from '@mini-ev/core';
import { assumptionLines, bold, limitedLines, type Output, pairs, table } from '../output.js';

export function tripCommand(
  id: string,
  raw: TripInput,
  fmt: FormatOptions,
  nameOf: (f: string) => string = (f) => f,
): Output {
  const m = vehicleModel(getVehicle(id));
  const plan = planTrip(m, raw);
  const input = plan.input;
  if (!plan.feasible) {
    const { input: _i, ...rest } = plan;
    return { json: { ...input, ...rest, vehicleId: id }, text: bold(tripNotPossible(plan, fmt)) };
  }
  const summary = tripSummary(plan, fmt);
  // Core's lines, its labels in the CLI's lower case; the total in bold.
  const head = pairs([
    ['car', m.name],
    ...summary.lines.map((l): [string, string] => [
      l.label.toLowerCase(),
      l.key === 'total' ? bold(l.value) : l.value,
    ]),
    ...limitedLines(plan.limited, fmt, nameOf),
    ...assumptionLines(m, plan.assumptions, fmt),
  ]);
  const stops = plan.stops.length
    ? `\n\n${table(
        ['stop', 'at', 'arrive', 'leave', 'charging', 'energy'],
        plan.stops.map((s, i) => [
          i + 1,
          formatDistance(s.km, fmt),
          formatPercent(s.arrivalSocPct, { digits: 1 }),
          formatPercent(s.departureSocPct, { digits: 1 }),
          formatDuration(s.chargeMinutes),
          formatEnergy(s.energyKWh),
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r'],
      )}\n\n${tripSteps(plan, fmt)
        .filter((s) => s.kind === 'charge')
        .map((s) => `${s.at}  ${s.why}`)
        .join('\n')}`
    : '';
  const { input: _i, ...rest } = plan;
  return { json: { ...input, ...rest, vehicleId: id, stopCount: plan.stops.length }, text: head + stops };
}
