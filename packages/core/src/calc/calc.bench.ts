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
    // vehicleModel caches the data set's own cars; copies are modelled afresh. A copy is not in the data
    // set, so it is given the data set's cars as donors, as the originals get by default.
    const out: VehicleModel[] = [];
    for (const v of dataSet.vehicles.filter(isCalculable))
      out.push(vehicleModel({ ...v, id: `${v.id}-${Math.random()}` }, { donors: dataSet.vehicles }));
  });
  bench('1,000 km trip, chargers every 50 km', () => {
    planTrip(se, { distanceKm: 1000, speedKmh: 120, chargerSpacingKm: 50, chargerKW: 150 });
  });
});
