import { type Contract, resolveInput } from '../contract/contract.js';
import { InvalidInputError } from '../errors.js';

const PRODUCTION_CONTRACT = {
  name: 'production',
  title: 'Production figures',
  summary: 'A plant’s capacity per day and hour, and how long a run of cars takes.',
  fields: [
    {
      key: 'capacityPerYear',
      type: 'number',
      quantity: 'count',
      label: 'Capacity a year',
      help: 'Cars the plant can build in a year.',
      min: 1,
      max: 10_000_000,
      step: { metric: 1000, imperial: 1000 },
    },
    {
      key: 'investment',
      type: 'number',
      quantity: 'money',
      label: 'Investment',
      help: 'In one currency; the result is per unit of yearly capacity in the same currency.',
      min: 1,
      max: 1e13,
      step: { metric: 1e6, imperial: 1e6 },
    },
    {
      key: 'daysPerYear',
      type: 'number',
      quantity: 'count',
      label: 'Working days a year',
      help: 'Days the plant runs.',
      default: 365,
      min: 1,
      max: 366,
      step: { metric: 1, imperial: 1 },
    },
    {
      key: 'hoursPerDay',
      type: 'number',
      quantity: 'count',
      label: 'Hours a day',
      help: 'Hours the plant runs each day.',
      default: 24,
      min: 1,
      max: 24,
      step: { metric: 1, imperial: 1 },
    },
    {
      key: 'units',
      type: 'number',
      quantity: 'count',
      label: 'Cars to build',
      help: 'For "how long would N cars take".',
      integer: true,
      min: 1,
      max: 1e9,
      step: { metric: 1, imperial: 1 },
    },
  ],
  rules: [],
} as const satisfies Contract;

export interface ProductionInput {
  capacityPerYear: number;
  /** Investment in one currency; the result is per unit of yearly capacity in the same currency. */
  investment?: number;
  daysPerYear?: number;
  hoursPerDay?: number;
  /** Cars to build, for "how long would N take". */
  units?: number;
}

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
 * const p = productionFigures({ capacityPerYear: 160000, investment: 1.7e9, units: 999 });
 * p.perDay // ≈ 438
 * p.perHour // ≈ 18.3
 * p.investmentPerUnitOfCapacity // 10625
 * p.daysToBuild // ≈ 2.3
 */
export function productionFigures(input: ProductionInput): ProductionResult {
  const { input: c } = resolveInput<
    Required<Omit<ProductionInput, 'investment' | 'units'>> & ProductionInput
  >(PRODUCTION_CONTRACT, undefined, input);
  if (c.capacityPerYear === undefined)
    throw new InvalidInputError('capacityPerYear', undefined, 'a number from 1 to 10000000', {
      rule: 'type',
      quantity: 'count',
    });
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
