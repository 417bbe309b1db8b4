import { type CostResult, FUEL_CO2_KG_PER_L, marketCostDefaults } from '../calc/cost.js';
import { COST_CONTRACT, type MarketCostField, marketFigureFor } from '../contract/calculations.js';
import { fieldOf } from '../contract/contract.js';
import { getMarket, getSource } from '../data/index.js';
import type { Figure, Market } from '../schema/index.js';
import { figureDispute } from './dispute.js';
import {
  type FormatOptions,
  formatConsumption,
  formatCostPerDistance,
  formatEnergy,
  formatFigureValue,
  formatFuelVolume,
  formatMass,
  formatMoney,
  formatNumber,
  formatYearlyMoney,
  litresPerGallon,
  marketFormat,
} from './index.js';
import type { ResultLine } from './results.js';

/** A fuel's name as the cost contract's fuel choice gives it ("Petrol"). */
function fuelName(fuel: 'petrol' | 'diesel'): string {
  const field = fieldOf(COST_CONTRACT, 'fuel');
  return (field.type === 'choice' && field.choices.find((c) => c.value === fuel)?.label) || fuel;
}

/**
 * A sourced price as every face says it: its value, the value with its date and publisher (`text`), any
 * dispute, and the two together (`said`), the one wording of the market lines and the cost notes.
 */
function citedPrice(f: Figure, fmt: FormatOptions) {
  const value = formatFigureValue(f, fmt);
  const asOf = f.asOf ?? 'undated';
  const publisher = getSource(f.sourceId).publisher;
  const text = `${value} (${asOf}, ${publisher})`;
  const disputed = figureDispute(f);
  return {
    value,
    asOf,
    publisher,
    text,
    disputed,
    said: disputed === undefined ? text : `${text}, disputed. ${disputed}`,
  };
}

/** One of a market's sourced prices, worded for a face's list of markets. */
export interface MarketPriceLine {
  /** Which price: the cost contract's field it feeds (the two fuels both feed `pricePerLitre`). */
  key: 'homeElectricity' | 'publicFastCharging' | 'petrol' | 'diesel' | 'gridGCO2PerKWh';
  /** The cost contract's label for it ("Home electricity"; the fuel's own name for a fuel price). */
  label: string;
  /** The price in the reader's units and the market's currency ("US$0.993 per L"); undefined where no source we hold states it. */
  value: string | undefined;
  /** The period it is for, as the source dates it ("2024-07"), or 'undated'. */
  asOf: string | undefined;
  /** The source's publisher and id. */
  publisher: string | undefined;
  sourceId: string | undefined;
  /** Where sources disagree: the other values with their publishers, and why this one is kept. */
  disputed: string | undefined;
  /**
   * The whole entry after the label, as a face prints it: the value with its date and publisher, then any
   * dispute ("US$0.993 per L (2024, EIA), disputed. Also given: …"), or that no source we hold states it.
   */
  said: string;
}

/**
 * A market's sourced prices, in the order a running cost takes them, each with its date, publisher and any
 * dispute, in the reader's units and the market's currency: what a face lists for a market.
 * @example marketPriceLines(getMarket('us')).find((l) => l.key === 'diesel')?.disputed?.startsWith('Also given: "$3.60 per gallon" (Rigzone).') // true
 */
export function marketPriceLines(market: Market, opts: FormatOptions = {}): MarketPriceLine[] {
  const fmt = marketFormat(market, opts);
  const rows: [MarketPriceLine['key'], string, Figure | undefined][] = [
    ['homeElectricity', fieldOf(COST_CONTRACT, 'homePricePerKWh').label, market.prices.homeElectricity],
    [
      'publicFastCharging',
      fieldOf(COST_CONTRACT, 'publicPricePerKWh').label,
      market.prices.publicFastCharging,
    ],
    ['petrol', fuelName('petrol'), market.prices.petrol],
    ['diesel', fuelName('diesel'), market.prices.diesel],
    ['gridGCO2PerKWh', fieldOf(COST_CONTRACT, 'gridGCO2PerKWh').label, market.gridGCO2PerKWh],
  ];
  return rows.map(([key, label, f]) => {
    if (!f) {
      const none = { value: undefined, asOf: undefined, publisher: undefined, disputed: undefined };
      return { key, label, ...none, sourceId: undefined, said: 'not sourced: no source we hold states it' };
    }
    const { value, asOf, publisher, disputed, said } = citedPrice(f, fmt);
    return { key, label, value, asOf, publisher, sourceId: f.sourceId, disputed, said };
  });
}

/** A price a running cost took from its market, worded for a face. */
export interface MarketPriceNote {
  field: MarketCostField;
  /** The cost contract's label of the field ("Home electricity"). */
  label: string;
  /** The figure in the reader's units and the market's currency, with its date and publisher: "€0.394 per kWh (2024-07, Europe Data)". */
  text: string;
  /** Where sources disagree on the price: the other values with their publishers, and why this one is kept. */
  disputed: string | undefined;
  /** `text`, then any dispute, as a face prints it after the label: "US$0.993 per L (2024, EIA), disputed. Also given: …". */
  said: string;
}

/**
 * The prices a running cost used from its market, each with its date and publisher, in the order of the
 * cost contract. A price the reader gave (one that differs from the market's) is left out, so a face that
 * sends every value (a form) and one that leaves prices out (a command line) list the same ones.
 * @example marketPriceNotes(runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: getMarket('uk') }), getMarket('uk'))[0].label // 'Home electricity'
 */
export function marketPriceNotes(r: CostResult, market: Market, opts: FormatOptions = {}): MarketPriceNote[] {
  const fmt = marketFormat(market, opts);
  return marketCostDefaults(market, r.input.fuel).flatMap((d) => {
    if (r.input[d.field] !== d.value) return [];
    const f = marketFigureFor(d.field, { market, fuel: r.input.fuel });
    if (!f) return [];
    const { text, disputed, said } = citedPrice(f, fmt);
    return [{ field: d.field, label: fieldOf(COST_CONTRACT, d.field).label, text, disputed, said }];
  });
}

/** A running cost's answer in words, the same on every face (see {@link costSummary}). */
export interface CostSummary {
  /** The electric car a year: "€612". */
  perYear: string;
  /** The words a yearly amount is followed by, as every line of the summary writes them: "a year". */
  yearly: string;
  /** The electric car per 100 km, or per 100 miles in imperial: "€5.10 per 100 km". */
  per100: string;
  fuel: 'petrol' | 'diesel';
  /** The fuel's name as the cost contract's choice gives it: "Petrol". */
  fuelName: string;
  /** The combustion car a year and per distance. */
  fuelPerYear: string;
  fuelPer100: string;
  /** Whether the electric car is the cheaper one to run (a zero saving counts as cheaper). */
  electricCheaper: boolean;
  /** The yearly difference, always positive: "€808". */
  saving: string;
  /** The difference in words, holding `saving` once: "You save €808 a year" or "The electric car costs €120 more a year to run". */
  savingText: string;
  /** Only when a price difference was given: "the price difference is repaid in 4.2 years" or "at these prices the price difference is never repaid". */
  breakEven: string | undefined;
  /** `savingText` and `breakEven` as one sentence, `saving` its first amount: "You save €808 a year, and the price difference is repaid in 4.2 years." */
  text: string;
  /** Only with a grid intensity: "1,020 kg a year from the grid against 2,300 kg from the exhaust". */
  co2: string | undefined;
  /** How the exhaust's CO2 is counted, in the reader's units: "Fuel CO2 is counted at the exhaust: 2.31 kg per L of petrol, 2.65 kg per L of diesel." */
  co2Basis: string;
  /** At the battery, and bought: "15.0 kWh/100 km at the battery, 16.7 kWh/100 km bought (charging losses included)". */
  consumption: string;
  /** "2,004 kWh bought a year at 0.300 per kWh on average". */
  energy: string;
  /** The combustion car's fuel and exhaust CO2 a year: "720 L and 1,663 kg CO2 a year". */
  fuelUse: string;
  /** The answer as labelled lines: electric, the fuel, the saving, consumption, energy, the fuel's use, CO2. */
  lines: ResultLine[];
}

/**
 * A running cost's answer in words: the two cars' costs a year and per distance, the saving (or the extra
 * cost) said in plain words, the break-even when a price difference was given, and the CO2 beside it, in
 * the market's currency when the result has one, so the site, the terminal app and the CLI say it alike.
 * @example costSummary(runningCost(vehicleModel(getVehicle('cooper-se-j01')), { priceDifference: 3000 })).text.startsWith('You save') // true
 */
export function costSummary(r: CostResult, opts: FormatOptions = {}): CostSummary {
  const fmt = marketFormat(r.market === undefined ? undefined : getMarket(r.market), opts);
  const c = r.comparison;
  const electricCheaper = c.savingPerYear >= 0;
  const saving = formatYearlyMoney(Math.abs(c.savingPerYear), fmt);
  const savingText = electricCheaper
    ? `You save ${saving} a year`
    : `The electric car costs ${saving} more a year to run`;
  const breakEven =
    r.input.priceDifference === undefined
      ? undefined
      : c.breakEvenYears === undefined
        ? 'at these prices the price difference is never repaid'
        : `the price difference is repaid in ${formatNumber(c.breakEvenYears, { ...fmt, digits: 1 })} years`;
  const yearly = 'a year';
  const perYear = formatYearlyMoney(r.perYear, fmt);
  const per100 = formatCostPerDistance(r.per100Km, fmt);
  const fuelPerYear = formatYearlyMoney(c.perYear, fmt);
  const fuelPer100 = formatCostPerDistance(c.per100Km, fmt);
  const text = breakEven === undefined ? `${savingText}.` : `${savingText}, and ${breakEven}.`;
  const co2 =
    r.co2KgPerYear === undefined
      ? undefined
      : `${formatMass(r.co2KgPerYear, fmt)} a year from the grid against ${formatMass(c.co2KgPerYear, fmt)} from the exhaust`;
  const co2Basis = fuelCo2Basis(fmt);
  const consumption = `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery, ${formatConsumption(r.energyPer100KmKWh, fmt)} bought (charging losses included)`;
  const energy = `${formatEnergy(r.energyPerYearKWh, { ...fmt, digits: 0 })} bought a year at ${formatMoney(r.pricePerKWh, { ...fmt, digits: 3 })} per kWh on average`;
  const fuelUse = `${formatFuelVolume(c.litresPerYear, fmt)} and ${formatMass(c.co2KgPerYear, fmt)} CO2 a year`;
  const lines: ResultLine[] = [
    { key: 'electric', label: 'Electric', value: `${per100} · ${perYear} ${yearly}` },
    { key: c.fuel, label: fuelName(c.fuel), value: `${fuelPer100} · ${fuelPerYear} ${yearly}` },
    { key: 'saving', label: 'Difference', value: text },
    { key: 'consumption', label: 'Consumption', value: consumption },
    { key: 'energy', label: 'Electricity', value: energy },
    { key: 'fuelUse', label: `${fuelName(c.fuel)} used`, value: fuelUse },
    { key: 'co2', label: 'CO2', value: co2 === undefined ? co2Basis : `${co2}. ${co2Basis}` },
  ];
  return {
    perYear,
    yearly,
    per100,
    fuel: c.fuel,
    fuelName: fuelName(c.fuel),
    fuelPerYear,
    fuelPer100,
    electricCheaper,
    saving,
    savingText,
    breakEven,
    text,
    co2,
    co2Basis,
    consumption,
    energy,
    fuelUse,
    lines,
  };
}

/**
 * How a running cost counts the combustion car's CO2, in the reader's units (per litre, or per gallon of the
 * market's kind in imperial), for a face to show beside the calculator.
 * @example fuelCo2Basis() // 'Fuel CO2 is counted at the exhaust: 2.31 kg per L of petrol, 2.65 kg per L of diesel.'
 */
export function fuelCo2Basis(opts: FormatOptions = {}): string {
  const per = (kg: number) =>
    opts.system === 'imperial'
      ? `${formatMass(kg * litresPerGallon(opts.gallon), opts)} per ${opts.gallon === 'uk' ? 'UK' : 'US'} gallon`
      : `${formatNumber(kg, { ...opts, digits: 2 })} kg per L`;
  return `Fuel CO2 is counted at the exhaust: ${per(FUEL_CO2_KG_PER_L.petrol)} of petrol, ${per(FUEL_CO2_KG_PER_L.diesel)} of diesel.`;
}
