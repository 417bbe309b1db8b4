/**
 * `pnpm bench` prints the median of each. Targets on a 2-core machine: trip < 5 ms, the others < 1 ms,
 * calibrating every car < 50 ms. These are figures to read, never assertions.
 */
import { bench, describe } from 'vitest';
import { dataSet, getVehicle } from '../data/index.js';
import { isCalculable, vehicleModel } from '../model/vehicle-model.js';
import { chargeSession } from './charging.js';
import type { VehicleModel } from './model.js';
import { steadySpeedRange } from './range.js';
import { planTrip } from './trip.js';

const se = vehicleModel(getVehicle('cooper-se-j01'));

describe('core calculations', () => {
  bench('charging session 10–80 % DC', () => {
    chargeSession(se, { fromPct: 10, toPct: 80, chargerKW: 150 });
  });
  bench('steady-speed range', () => {
    steadySpeedRange(se, { speedKmh: 120, tempC: -5 });
  });
  bench('calibrate every car (cache bypassed)', () => {
    // vehicleModel memoises by id; clone the records so each run calibrates afresh.
    const out: VehicleModel[] = [];
    for (const v of dataSet.vehicles.filter(isCalculable))
      out.push(vehicleModel({ ...v, id: `${v.id}-${Math.random()}` }));
  });
  bench('1,000 km trip, chargers every 50 km', () => {
    planTrip(se, { distanceKm: 1000, speedKmh: 120, chargerSpacingKm: 50, chargerKW: 150 });
  });
});
