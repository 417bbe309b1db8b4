import {
  type FormatOptions,
  getVehicle,
  planTrip,
  TRIP_STOPS,
  type TripInput,
  tripNotPossible,
  tripSteps,
  tripStopCells,
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
  // Core's table of stops, then why the plan stops at each.
  const cells = tripStopCells(plan, fmt);
  const stops = cells.length
    ? `\n\n${table(
        TRIP_STOPS.columns.map((c) => c.label),
        cells.map((s) => TRIP_STOPS.columns.map((c) => s[c.key])),
        TRIP_STOPS.columns.map(() => 'r'),
      )}\n\n${tripSteps(plan, fmt)
        .filter((s) => s.kind === 'charge')
        .map((s) => `${s.at}  ${s.why}`)
        .join('\n')}`
    : '';
  const { input: _i, ...rest } = plan;
  return { json: { ...input, ...rest, vehicleId: id, stopCount: plan.stops.length }, text: head + stops };
}
