import {
  assumptionNotes,
  COST_CONTRACT,
  costSummary,
  getMarket,
  getVehicle,
  marketFormat,
  marketPriceNotes,
  runningCost,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { DEFAULT_CAR } from '../../lib/car-option';
import { contractFields } from '../../lib/contract-fields';
import { defaultsOf } from '../../lib/field-spec';
import { runCalc } from '../../lib/run';
import { COST_FUEL_DEFAULT, type CostFields, type CostInputs, type CostView } from './fields';

/** The cost calculator's fields: core's contract under the site's URL keys. */
export const costFields = (): CostFields =>
  contractFields(COST_CONTRACT, {
    km: 'yearlyKm',
    home: 'homePricePerKWh',
    public: 'publicPricePerKWh',
    share: 'publicSharePct',
    temp: 'tempC',
    litres: 'litresPer100Km',
    fuelprice: 'pricePerLitre',
    diff: 'priceDifference',
    grid: 'gridGCO2PerKWh',
  });

/** Core's answer for the form's inputs. Throws core's InvalidInputError for an input core refuses. */
export function costResult(i: CostInputs) {
  return runningCost(vehicleModel(getVehicle(i.model)), {
    ...(i.market === undefined ? {} : { market: getMarket(i.market) }),
    yearlyKm: i.km,
    ...(i.home === undefined ? {} : { homePricePerKWh: i.home }),
    ...(i.public === undefined ? {} : { publicPricePerKWh: i.public }),
    publicSharePct: i.share,
    tempC: i.temp,
    fuel: i.fuel,
    litresPer100Km: i.litres,
    ...(i.fuelprice === undefined ? {} : { pricePerLitre: i.fuelprice }),
    ...(i.grid === undefined ? {} : { gridGCO2PerKWh: i.grid }),
    ...(i.diff === undefined ? {} : { priceDifference: i.diff }),
  });
}

/** The calculator's inputs when the address sets none: every value is the contract's default. */
export const costDefaults = (model = DEFAULT_CAR): CostInputs => ({
  model,
  fuel: COST_FUEL_DEFAULT,
  ...defaultsOf(costFields()),
});

/** The cost calculator's result, computed and formatted by core (at build time, or in the browser). */
export function costView(i: CostInputs, system: UnitSystem): CostView {
  const {
    result: r,
    problem,
    fields,
  } = runCalc(false, () => costResult(i), { contract: COST_CONTRACT, system });
  const c = r?.comparison;
  if (!r || !c) return { ok: false, problem: problem ?? 'No comparison was computed.', fields };
  const max = Math.max(r.perYear, c.perYear) || 1;
  const market = i.market === undefined ? undefined : getMarket(i.market);
  // Money in the market's currency (core's marketFormat); a bare number in the reader's own currency otherwise.
  const fmt = marketFormat(market, { system });
  return {
    ok: true,
    rests: assumptionNotes(vehicleModel(getVehicle(i.model)), r.assumptions, { system }),
    currency: r.currency,
    // The prices that are the market's, each with its date and publisher (core's words).
    marketPrices: market ? marketPriceNotes(r, market, fmt) : [],
    summary: costSummary(r, { system }),
    bars: [r.perYear / max, c.perYear / max],
  };
}
