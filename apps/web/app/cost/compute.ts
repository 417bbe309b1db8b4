import {
  COST_CONTRACT,
  formatConsumption,
  formatEnergy,
  formatMoney,
  formatNumber,
  formatYearlyMoney,
  getVehicle,
  runningCost,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { contractFields } from '../../lib/contract-fields';
import { runCalc } from '../../lib/run';
import type { CostFields, CostInputs, CostView } from './fields';

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

/** The cost calculator's result, computed and formatted by core (at build time, or in the browser). */
export function costView(i: CostInputs, system: UnitSystem): CostView {
  const { result: r, problem } = runCalc(
    false,
    () =>
      runningCost(vehicleModel(getVehicle(i.model)), {
        yearlyKm: i.km,
        homePricePerKWh: i.home,
        publicPricePerKWh: i.public,
        publicSharePct: i.share,
        tempC: i.temp,
        fuel: i.fuel,
        litresPer100Km: i.litres,
        pricePerLitre: i.fuelprice,
        ...(i.grid === undefined ? {} : { gridGCO2PerKWh: i.grid }),
        ...(i.diff === undefined ? {} : { priceDifference: i.diff }),
      }),
    { contract: COST_CONTRACT, system },
  );
  const c = r?.comparison;
  if (!r || !c) return { ok: false, problem: problem ?? 'No comparison was computed.' };
  const max = Math.max(r.perYear, c.perYear) || 1;
  return {
    ok: true,
    perYear: formatYearlyMoney(r.perYear),
    per100Km: formatMoney(r.per100Km),
    consumption: formatConsumption(r.consumptionKWhPer100Km, { system }),
    energyPerYear: formatEnergy(r.energyPerYearKWh, { digits: 0 }),
    pricePerKWh: formatMoney(r.pricePerKWh, { digits: 3 }),
    fuel: i.fuel,
    fuelPerYear: formatYearlyMoney(c.perYear),
    saving: formatYearlyMoney(c.savingPerYear),
    // Not asked (no price difference), never repaid, or the years it takes.
    breakEvenYears:
      i.diff === undefined
        ? undefined
        : c.breakEvenYears === undefined
          ? 'never'
          : c.breakEvenYears.toFixed(1),
    co2:
      r.co2KgPerYear === undefined
        ? undefined
        : { grid: formatNumber(r.co2KgPerYear), exhaust: formatNumber(c.co2KgPerYear) },
    bars: [r.perYear / max, c.perYear / max],
  };
}
