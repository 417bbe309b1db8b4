import {
  COST_CONTRACT,
  MARKET_COST_FIELDS,
  type MarketCostField,
  marketFigureFor,
} from '../contract/calculations.js';
import { contractDefaults, type LimitedInput, resolveInput } from '../contract/contract.js';
import { InvalidInputError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { Market, MarketId } from '../schema/index.js';
import { acChargeEfficiency } from './charging.js';
import { carLimits, DEFAULTS, type VehicleModel } from './model.js';
import { computeRange } from './range.js';

/** Tank-to-wheel CO2 of burning a litre of fuel, kg (EU JEC values, rounded). */
export const FUEL_CO2_KG_PER_L = { petrol: 2.31, diesel: 2.65 } as const;

/** Defaults of the running-cost calculation (prices in the user's own currency; from {@link COST_CONTRACT}). */
export const COST_DEFAULTS = Object.freeze(contractDefaults(COST_CONTRACT)) as Readonly<ResolvedCost>;

export type Fuel = 'petrol' | 'diesel';

/** The cost contract's input ({@link COST_CONTRACT}); every field may be left out for its default. */
export interface CostInput {
  /**
   * Price the cost in a market (a record of the data set, `getMarket('uk')`): its currency, and its dated,
   * sourced prices (home and public electricity, the fuel, grid CO2) as the defaults of every price you
   * leave out. Without it, prices are bare numbers in your own currency with the contract's defaults.
   */
  market?: Market;
  yearlyKm?: number;
  homePricePerKWh?: number;
  publicPricePerKWh?: number;
  /** Share of energy charged in public (DC), %. */
  publicSharePct?: number;
  /** Yearly average temperature for the consumption estimate, °C. */
  tempC?: number;
  /** Override the model: consumption at the battery, kWh/100 km. */
  consumptionKWhPer100Km?: number;
  /** Grid intensity, g CO2 per kWh from the socket. */
  gridGCO2PerKWh?: number;
  fuel?: Fuel;
  /** The combustion car's consumption, L/100 km. */
  litresPer100Km?: number;
  /** Fuel price per litre, your currency. */
  pricePerLitre?: number;
  /** Purchase price of the electric car minus the combustion car, same currency. */
  priceDifference?: number;
  /** The comparison as one object (the 0.x shape); its fields win over the flat ones. */
  comparison?: { fuel?: Fuel; litresPer100Km?: number; pricePerLitre?: number };
}
type ResolvedCost = Omit<
  Required<CostInput>,
  'comparison' | 'market' | 'consumptionKWhPer100Km' | 'gridGCO2PerKWh' | 'priceDifference'
> &
  Pick<CostInput, 'consumptionKWhPer100Km' | 'gridGCO2PerKWh' | 'priceDifference'>;

export interface CostResult {
  vehicleId: string;
  /** The market the prices are for, when one was chosen. */
  market: MarketId | undefined;
  /** ISO currency of every amount, when a market was chosen; undefined means your own currency. */
  currency: string | undefined;
  /** Which inputs took their value from the market's data (each with the figure's source and date). */
  marketDefaults: readonly MarketDefault[];
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
  /** Whether the consumption is the model's estimate or the one you gave. */
  consumptionSource: 'model' | 'given';
  comparison: {
    fuel: Fuel;
    per100Km: number;
    perYear: number;
    litresPerYear: number;
    co2KgPerYear: number;
    savingPer100Km: number;
    savingPerYear: number;
    /** Years until the fuel saving repays the price difference; undefined if it never does. */
    breakEvenYears: number | undefined;
    co2SavedKgPerYear: number | undefined;
  };
  /** Every input as used, defaults filled in. */
  input: Readonly<ResolvedCost>;
  /** Inputs physics limited, with the reason (none today: every cost input is used as given). */
  limited: readonly LimitedInput[];
  assumptions: readonly string[];
}

/** A cost input filled in from a market's data. */
export interface MarketDefault {
  field: MarketCostField;
  value: number;
  sourceId: string;
  /** The date or period the price describes. */
  asOf: string | undefined;
}

/**
 * The cost inputs a market fills in: its sourced prices for the fuel chosen, each with source and date
 * (the contract's defaults when a market is chosen). A price the data set does not hold is not in the list.
 * @example marketCostDefaults(getMarket('uk')).find((d) => d.field === 'pricePerLitre')?.value // 1.42
 */
export function marketCostDefaults(market: Market, fuel: Fuel = 'petrol'): MarketDefault[] {
  return MARKET_COST_FIELDS.flatMap((field) => {
    const f = marketFigureFor(field, { market, fuel });
    return f ? [{ field, value: f.value, sourceId: f.sourceId, asOf: f.asOf }] : [];
  });
}

const MISSING_WORDS: Record<MarketCostField, (fuel: Fuel) => string> = {
  homePricePerKWh: () => 'household electricity price',
  publicPricePerKWh: () => 'public fast-charging price',
  pricePerLitre: (fuel) => `${fuel} price`,
  gridGCO2PerKWh: () => 'grid CO2 intensity',
};

/** The prices a running cost cannot do without (the grid's CO2 is optional). */
const REQUIRED_PRICES = ['homePricePerKWh', 'publicPricePerKWh', 'pricePerLitre'] as const;

/**
 * The prices a running cost needs that a market's data does not hold, in words, so a face can say why a
 * cost in that market needs them from the reader.
 * @example missingMarketPrices(getMarket('cn')) // ['public fast-charging price']
 */
export function missingMarketPrices(market: Market, fuel: Fuel = 'petrol'): string[] {
  return REQUIRED_PRICES.filter((field) => !marketFigureFor(field, { market, fuel })).map((field) =>
    MISSING_WORDS[field](fuel),
  );
}

/**
 * Running cost per 100 km and per year against a petrol or diesel car, with CO2 from the grid intensity you
 * give. With a `market`, amounts are in its currency and every price left out is the market's sourced one
 * (see {@link marketCostDefaults}); without one, the currency is yours. Nothing is converted. The result is
 * frozen.
 *
 * @example
 * const r = runningCost(vehicleModel(getVehicle('cooper-e-j01')), {
 *   yearlyKm: 15000, homePricePerKWh: 0.3, publicPricePerKWh: 0.6, publicSharePct: 20,
 *   litresPer100Km: 6, pricePerLitre: 1.8, priceDifference: 3000,
 * });
 * r.per100Km // ≈ 5.74 (per 100 km, in your currency)
 * r.comparison.breakEvenYears // ≈ 3.95 (years)
 * @example runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: getMarket('uk') }).currency // 'GBP'
 * @throws {InvalidInputError} naming the field (a price the market has no figure for)
 */
export function runningCost(m: VehicleModel, input: CostInput = {}): CostResult {
  const { comparison: nested, ...flat } = input;
  // The market rides along in the input: the contract's price defaults read it.
  const {
    input: { market, ...c },
    given,
    limited,
  } = resolveInput<ResolvedCost & { market?: Market }>(COST_CONTRACT, carLimits(m), {
    ...flat,
    ...(nested?.fuel !== undefined ? { fuel: nested.fuel } : {}),
    ...(nested?.litresPer100Km !== undefined ? { litresPer100Km: nested.litresPer100Km } : {}),
    ...(nested?.pricePerLitre !== undefined ? { pricePerLitre: nested.pricePerLitre } : {}),
  });
  if (market) {
    // A price the market has no source for and the caller did not give: ask, never guess.
    for (const field of REQUIRED_PRICES) {
      if (c[field] === undefined)
        throw new InvalidInputError(
          field,
          undefined,
          `a value: the data set holds no sourced ${MISSING_WORDS[field](c.fuel)} for ${market.name}, so give yours`,
          { rule: 'required' },
        );
    }
  }
  const fromMarket = market ? marketCostDefaults(market, c.fuel).filter((d) => !given.includes(d.field)) : [];
  const consumption =
    c.consumptionKWhPer100Km ??
    computeRange(m, { mode: 'wltp', tempC: c.tempC, climate: true }).consumptionKWhPer100Km;
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
  const fuelPer100 = c.litresPer100Km * c.pricePerLitre;
  const fuelCo2Year = c.litresPer100Km * FUEL_CO2_KG_PER_L[c.fuel] * years;
  const savingPerYear = fuelPer100 * years - perYear;
  return deepFreeze({
    vehicleId: m.id,
    market: market?.id,
    currency: market?.currency,
    marketDefaults: fromMarket,
    consumptionKWhPer100Km: consumption,
    energyPer100KmKWh,
    energyPerYearKWh: energyPer100KmKWh * years,
    pricePerKWh: energyPer100KmKWh > 0 ? per100Km / energyPer100KmKWh : 0,
    per100Km,
    perYear,
    co2KgPer100Km,
    co2KgPerYear,
    consumptionSource: c.consumptionKWhPer100Km === undefined ? ('model' as const) : ('given' as const),
    comparison: {
      fuel: c.fuel,
      per100Km: fuelPer100,
      perYear: fuelPer100 * years,
      litresPerYear: c.litresPer100Km * years,
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
    },
    input: c,
    limited,
    assumptions: m.assumptions,
  });
}
