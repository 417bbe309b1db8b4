import {
  type FormatOptions,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatPercent,
  formatSpeed,
  getVehicle,
  planTrip,
  type TripInput,
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
    return { json: { ...input, ...rest, vehicleId: id }, text: `${bold('Not possible:')} ${plan.reason}` };
  }
  const summary = tripSummary(plan, fmt);
  const head = pairs([
    ['car', m.name],
    [
      'trip',
      `${formatDistance(input.distanceKm, fmt)} at ${formatSpeed(input.speedKmh, fmt)}, ${formatConsumption(plan.consumptionKWhPer100Km, fmt)}`,
    ],
    ['total', bold(summary.total)],
    ['driving', summary.driving],
    ['charging', summary.charging],
    ['arrival charge', summary.arrival],
    ...limitedLines(plan.limited, fmt, nameOf),
    ...assumptionLines(m, plan.assumptions),
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
