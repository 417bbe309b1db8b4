import {
  COST_DEFAULTS,
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
import type { CostFields, CostInputs, CostView } from '../cost';
import { runCalc } from '../run';

/** The cost calculator's fields, with core's defaults. */
export const costFields = (): CostFields => ({
  km: { label: 'Distance a year', kind: 'distance', min: 100, max: 200000, def: COST_DEFAULTS.yearlyKm },
  home: {
    label: 'Home electricity per kWh',
    kind: 'plain',
    min: 0,
    max: 5,
    def: COST_DEFAULTS.homePricePerKWh,
    hint: 'your currency',
  },
  public: {
    label: 'Public fast charging per kWh',
    kind: 'plain',
    min: 0,
    max: 5,
    def: COST_DEFAULTS.publicPricePerKWh,
  },
  share: {
    label: 'Share charged in public',
    kind: 'percent',
    min: 0,
    max: 100,
    def: COST_DEFAULTS.publicSharePct,
  },
  temp: {
    label: 'Yearly average temperature',
    kind: 'temperature',
    min: -30,
    max: 45,
    def: COST_DEFAULTS.tempC,
  },
  litres: { label: 'Combustion car, litres per 100 km', kind: 'plain', min: 1, max: 30, def: 6.5 },
  fuelprice: { label: 'Fuel price per litre', kind: 'plain', min: 0, max: 10, def: 1.8 },
  diff: { label: 'Price difference (EV minus combustion)', kind: 'plain', min: -1e6, max: 1e6, def: 3000 },
  grid: { label: 'Grid CO2, g per kWh', kind: 'plain', min: 0, max: 1500, def: 300 },
});

/** The cost calculator's result, computed and formatted by core (at build time, or in the browser). */
export function costView(i: CostInputs, system: UnitSystem): CostView {
  const { result: r, problem } = runCalc(false, () =>
    runningCost(vehicleModel(getVehicle(i.model)), {
      yearlyKm: i.km,
      homePricePerKWh: i.home,
      publicPricePerKWh: i.public,
      publicSharePct: i.share,
      tempC: i.temp,
      gridGCO2PerKWh: i.grid,
      comparison: { fuel: i.fuel, litresPer100Km: i.litres, pricePerLitre: i.fuelprice },
      priceDifference: i.diff,
    }),
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
    breakEvenYears: c.breakEvenYears === undefined ? undefined : c.breakEvenYears.toFixed(1),
    co2:
      r.co2KgPerYear === undefined
        ? undefined
        : { grid: formatNumber(r.co2KgPerYear), exhaust: formatNumber(c.co2KgPerYear) },
    bars: [r.perYear / max, c.perYear / max],
  };
}
