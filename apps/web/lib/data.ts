import {
  carLimits,
  dataSet,
  isCalculable,
  notCalculableReason,
  type Source,
  vehicleModel,
} from '@mini-ev/core';
import type { CarOption, UncalculableCar } from './car-option';

/** Server side only (pages): the sources by id. */
export const sourcesById: Record<string, Source> = Object.fromEntries(dataSet.sources.map((s) => [s.id, s]));
/** Cars the calculators can use (a battery and a WLTP figure), in line-up order. */
export const calculable: CarOption[] = dataSet.vehicles.filter(isCalculable).map((v) => {
  const m = vehicleModel(v);
  return { id: v.id, name: v.name, topSpeedKmh: m.topSpeedKmh, limits: carLimits(m) };
});
/** The cars no calculation is possible for (concepts), each with core's reason. */
export const uncalculable: UncalculableCar[] = dataSet.vehicles.flatMap((v) => {
  const reason = notCalculableReason(v);
  return reason ? [{ id: v.id, name: v.name, reason }] : [];
});
