import type { TripObstacle } from '../calc/trip.js';
import {
  type FormatOptions,
  formatDistance,
  formatPercent,
  formatSpeed,
  formatTemperature,
} from './index.js';

/**
 * Why a trip cannot be driven, in the reader's units: the first charger or the destination out of reach of
 * the starting charge, a stretch between two chargers longer than a full charge reaches, or no plan within
 * the charge limits. A trip's `reason` is these words in metric.
 * @example tripObstacleWords({ kind: 'gap', fromKm: 60, toKm: 400, maxSocPct: 80, speedKmh: 110, tempC: 20, reachKm: 180 }, { system: 'imperial' }) // 'The 211 mi stretch from 37 mi to 249 mi is longer than a charge to 80 % reaches at 68 mph and 68 °F (112 mi).'
 */
export function tripObstacleWords(o: TripObstacle, opts: FormatOptions = {}): string {
  const d = (km: number) => formatDistance(Math.max(0, km), opts);
  switch (o.kind) {
    case 'start':
      return `Starting at ${formatPercent(o.startSocPct)} the car reaches ${d(o.reachKm)} at ${formatSpeed(o.speedKmh, opts)} before its ${formatPercent(o.reservePct)} reserve, but the ${o.target} is ${d(o.targetKm)} away.`;
    case 'gap':
      return `The ${d(o.toKm - o.fromKm)} stretch from ${d(o.fromKm)} to ${d(o.toKm)} is longer than a charge to ${formatPercent(o.maxSocPct)} reaches at ${formatSpeed(o.speedKmh, opts)} and ${formatTemperature(o.tempC, opts)} (${d(o.reachKm)}).`;
    case 'limits':
      return 'No combination of stops reaches the destination with the charge limits given.';
  }
}
