import { z } from 'zod';
import { validate } from './validate.js';

const ProductionSchema = z.object({
  capacityPerYear: z.number().positive(),
  /** Investment in one currency; the result is per unit of yearly capacity in the same currency. */
  investment: z.number().positive().optional(),
  daysPerYear: z.number().min(1).max(366).default(365),
  hoursPerDay: z.number().min(1).max(24).default(24),
  /** Cars to build, for "how long would N take". */
  units: z.number().int().positive().optional(),
});
export type ProductionInput = z.input<typeof ProductionSchema>;

export interface ProductionResult {
  perYear: number;
  perDay: number;
  perHour: number;
  /** Seconds between cars at full capacity. */
  secondsPerCar: number;
  investmentPerUnitOfCapacity: number | undefined;
  units: number | undefined;
  yearsToBuild: number | undefined;
  daysToBuild: number | undefined;
  /** The units as a share of one year's capacity, %. */
  shareOfYearPct: number | undefined;
}

/**
 * Plant capacity per year, day and hour; how long N cars take; investment per unit of yearly capacity.
 * @example
 * productionFigures({ capacityPerYear: 160000, investment: 1.7e9, units: 999 })
 * // perDay ≈ 438, perHour ≈ 18.3, investmentPerUnitOfCapacity = 10625, daysToBuild ≈ 2.3
 */
export function productionFigures(input: ProductionInput): ProductionResult {
  const c = validate(ProductionSchema, input);
  const perDay = c.capacityPerYear / c.daysPerYear;
  const perHour = perDay / c.hoursPerDay;
  const yearsToBuild = c.units === undefined ? undefined : c.units / c.capacityPerYear;
  return {
    perYear: c.capacityPerYear,
    perDay,
    perHour,
    secondsPerCar: 3600 / perHour,
    investmentPerUnitOfCapacity: c.investment === undefined ? undefined : c.investment / c.capacityPerYear,
    units: c.units,
    yearsToBuild,
    daysToBuild: yearsToBuild === undefined ? undefined : yearsToBuild * c.daysPerYear,
    shareOfYearPct: c.units === undefined ? undefined : (c.units / c.capacityPerYear) * 100,
  };
}
