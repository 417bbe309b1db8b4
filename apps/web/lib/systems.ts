import type { UnitSystem } from '@mini-ev/core';

/** Something made once per unit system, e.g. a figure formatted in metric and in imperial. */
export type InBoth<T> = Record<UnitSystem, T>;

/** Makes `make(system)` for both unit systems (what components/Both shows, and the calculators' `initial`). */
export const inBoth = <T>(make: (system: UnitSystem) => T): InBoth<T> => ({
  metric: make('metric'),
  imperial: make('imperial'),
});
