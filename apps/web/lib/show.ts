import { cToF, kmhToMph, kmToMiles, type UnitSystem } from '@mini-ev/core';

/** A metric value shown in the chosen system, through core's conversions. */
export const show = {
  speed: (kmh: number, s: UnitSystem) => (s === 'imperial' ? kmhToMph(kmh) : kmh),
  temperature: (c: number, s: UnitSystem) => (s === 'imperial' ? cToF(c) : c),
  distance: (km: number, s: UnitSystem) => (s === 'imperial' ? kmToMiles(km) : km),
};
