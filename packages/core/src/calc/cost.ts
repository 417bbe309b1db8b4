import { z } from 'zod';
import { DEFAULTS, type VehicleModel } from './model.js';
import { acChargeEfficiency, cycleRange } from './range.js';
import { validate } from './validate.js';

/** Tank-to-wheel CO2 of burning a litre of fuel, kg (EU JEC values, rounded). */
export const FUEL_CO2_KG_PER_L = { petrol: 2.31, diesel: 2.65 } as const;

/** Defaults of the running-cost calculation (prices in the user's own currency). */
export const COST_DEFAULTS = {
  yearlyKm: 12_000,
  homePricePerKWh: 0.3,
  publicPricePerKWh: 0.55,
  publicSharePct: 20,
  tempC: 11,
  fuel: 'petrol',
} as const;

const CostSchema = z.object({
  yearlyKm: z.number().min(100).max(200_000).default(COST_DEFAULTS.yearlyKm),
  homePricePerKWh: z.number().min(0).max(5).default(COST_DEFAULTS.homePricePerKWh),
  publicPricePerKWh: z.number().min(0).max(5).default(COST_DEFAULTS.publicPricePerKWh),
  /** Share of energy charged in public (DC), %. */
  publicSharePct: z.number().min(0).max(100).default(COST_DEFAULTS.publicSharePct),
  /** Yearly average temperature for the consumption estimate, °C. */
  tempC: z.number().min(-30).max(45).default(COST_DEFAULTS.tempC),
  /** Override the model: consumption at the battery, kWh/100 km. */
  consumptionKWhPer100Km: z.number().min(5).max(60).optional(),
  /** Grid intensity, g CO2 per kWh from the socket. */
  gridGCO2PerKWh: z.number().min(0).max(1500).optional(),
  comparison: z
    .object({
      fuel: z.enum(['petrol', 'diesel']).default(COST_DEFAULTS.fuel),
      litresPer100Km: z.number().min(1).max(30),
      pricePerLitre: z.number().min(0).max(10),
    })
    .optional(),
  /** Purchase price of the electric car minus the combustion car, same currency. */
  priceDifference: z.number().min(-1e6).max(1e6).optional(),
});
export type CostInput = z.input<typeof CostSchema>;

export interface CostResult {
  /** Consumption at the battery used, kWh/100 km. */
  consumptionKWhPer100Km: number;
  /** Energy bought per 100 km (charging losses included), kWh. */
  energyPer100KmKWh: number;
  energyPerYearKWh: number;
  /** Average price paid per kWh, your currency. */
  pricePerKWh: number;
  per100Km: number;
  perYear: number;
  co2KgPer100Km: number | undefined;
  co2KgPerYear: number | undefined;
  comparison:
    | {
        fuel: 'petrol' | 'diesel';
        per100Km: number;
        perYear: number;
        litresPerYear: number;
        co2KgPerYear: number;
        savingPer100Km: number;
        savingPerYear: number;
        /** Years until the fuel saving repays the price difference; undefined if it never does. */
        breakEvenYears: number | undefined;
        co2SavedKgPerYear: number | undefined;
      }
    | undefined;
}

/**
 * Running cost per 100 km and per year, optionally against a petrol or diesel car, with CO2 from the
 * grid intensity you give. Currency is yours; nothing is converted.
 *
 * @example
 * const r = runningCost(vehicleModel(getVehicle('cooper-e-j01')), {
 *   yearlyKm: 15000, homePricePerKWh: 0.3, publicPricePerKWh: 0.6, publicSharePct: 20,
 *   comparison: { fuel: 'petrol', litresPer100Km: 6, pricePerLitre: 1.8 }, priceDifference: 3000,
 * });
 * r.per100Km; r.comparison?.breakEvenYears;
 */
export function runningCost(m: VehicleModel, input: CostInput = {}): CostResult {
  const c = validate(CostSchema, input);
  const consumption =
    c.consumptionKWhPer100Km ??
    cycleRange(m, { cycle: 'wltp', tempC: c.tempC, climate: true }).consumptionKWhPer100Km;
  const share = c.publicSharePct / 100;
  const homeKWh = (consumption * (1 - share)) / acChargeEfficiency(m);
  const publicKWh = (consumption * share) / DEFAULTS.dcEfficiency;
  const energyPer100KmKWh = homeKWh + publicKWh;
  const per100Km = homeKWh * c.homePricePerKWh + publicKWh * c.publicPricePerKWh;
  const years = c.yearlyKm / 100;
  const perYear = per100Km * years;
  const co2KgPer100Km =
    c.gridGCO2PerKWh === undefined ? undefined : (energyPer100KmKWh * c.gridGCO2PerKWh) / 1000;
  const co2KgPerYear = co2KgPer100Km === undefined ? undefined : co2KgPer100Km * years;
  let comparison: CostResult['comparison'];
  if (c.comparison) {
    const fuelPer100 = c.comparison.litresPer100Km * c.comparison.pricePerLitre;
    const fuelCo2Year = c.comparison.litresPer100Km * FUEL_CO2_KG_PER_L[c.comparison.fuel] * years;
    const savingPerYear = fuelPer100 * years - perYear;
    comparison = {
      fuel: c.comparison.fuel,
      per100Km: fuelPer100,
      perYear: fuelPer100 * years,
      litresPerYear: c.comparison.litresPer100Km * years,
      co2KgPerYear: fuelCo2Year,
      savingPer100Km: fuelPer100 - per100Km,
      savingPerYear,
      breakEvenYears:
        c.priceDifference === undefined
          ? undefined
          : c.priceDifference <= 0
            ? 0
            : savingPerYear > 0
              ? c.priceDifference / savingPerYear
              : undefined,
      co2SavedKgPerYear: co2KgPerYear === undefined ? undefined : fuelCo2Year - co2KgPerYear,
    };
  }
  return {
    consumptionKWhPer100Km: consumption,
    energyPer100KmKWh,
    energyPerYearKWh: energyPer100KmKWh * years,
    pricePerKWh: per100Km / energyPer100KmKWh,
    per100Km,
    perYear,
    co2KgPer100Km,
    co2KgPerYear,
    comparison,
  };
}
