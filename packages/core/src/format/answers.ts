import type { UnitSystem } from '../contract/quantity.js';
import type { Market } from '../schema/index.js';
import { type FormatOptions, formatChargePower, formatDistance, formatSpeed } from './index.js';
import { scenarioWords } from './words.js';

/** The yearly distance the running-cost answer is for, km (the cost contract's default). */
export const ANSWER_YEARLY_KM = 12_000;

/** The charger the comparison's DC row charges on, kW, and its window, %. */
export const ANSWER_DC_CHARGER_KW = 150;
export const ANSWER_DC_WINDOW = { fromPct: 10, toPct: 80 } as const;
/** The steady speeds the comparison states consumption at, km/h. */
export const ANSWER_SPEEDS_KMH = [110, 130] as const;

/**
 * One computed answer for one car, the same question for every car: a label in the reader's units, the
 * value formatted, and the number behind it (in the stored unit: km, kWh/100 km, minutes, money) so faces
 * can rank cars. `amount` is undefined when the question has no answer for this car, and `value` then says
 * why ("no DC charging", "above its top speed", "no price published there").
 */
export interface AnswerRow {
  key: string;
  label: string;
  value: string;
  amount: number | undefined;
  /** The unit of `amount`: km, kWh/100 km, min, or an ISO currency (`money` for the reader's own). */
  unit: string;
  /** Whether a higher or a lower amount is the better one for a buyer. */
  better: 'higher' | 'lower';
}

export interface AnswerOptions extends FormatOptions {
  /** Price the running cost in a market, and show its prices (a record of the data set, `getMarket('uk')`). */
  market?: Market;
}

/**
 * The stable keys of the computed answers, in the order every face lists them. A car has one price row,
 * present only when a market is chosen: `price` (the list price) where the market has one for the car,
 * else the price on the basis published, each basis its own row so that a comparison never ranks a price
 * after a grant against a list price.
 */
export const ANSWER_KEYS = [
  'range-city-mild',
  'range-highway-mild',
  'range-city-cold',
  'range-highway-cold',
  'consumption-110',
  'consumption-130',
  'dc-10-80',
  'ac-full',
  'cost-year',
  'price',
  'price-with-destination',
  'price-after-grant',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/**
 * Whether an answer changes with the market: the running cost and the prices. A page can compute the other
 * answers once per car and only these once per market.
 * @example answerDependsOnMarket('cost-year') // true
 */
export function answerDependsOnMarket(key: string): boolean {
  return key === 'cost-year' || key.startsWith('price');
}

/** The labels of the computed answers in the reader's units (the same for every car). */
export function answerLabels(opts: AnswerOptions = {}): Record<AnswerKey, string> {
  const system: UnitSystem = opts.system ?? 'metric';
  const words = scenarioWords(system);
  const speed = (kmh: number) => formatSpeed(kmh, { ...opts, system });
  const market = opts.market;
  const yearly = formatDistance(ANSWER_YEARLY_KM, { ...opts, system, digits: 0 });
  const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
  const mild = lower(words.weather.mild);
  const cold = lower(words.weather.cold);
  const hwy = lower(words.scenario.highway);
  return {
    'range-city-mild': `Real range, city, ${mild}`,
    'range-highway-mild': `Real range, ${hwy}, ${mild}`,
    'range-city-cold': `Real range, city, ${cold}`,
    'range-highway-cold': `Real range, ${hwy}, ${cold}`,
    'consumption-110': `Consumption at a steady ${speed(ANSWER_SPEEDS_KMH[0])}, ${mild}`,
    'consumption-130': `Consumption at a steady ${speed(ANSWER_SPEEDS_KMH[1])}, ${mild}`,
    'dc-10-80': `DC ${ANSWER_DC_WINDOW.fromPct}–${ANSWER_DC_WINDOW.toPct} % on a ${formatChargePower(ANSWER_DC_CHARGER_KW, opts)} charger`,
    'ac-full': 'AC 0–100 % at the car’s on-board charger',
    'cost-year': market
      ? `Running cost per year, ${yearly}, ${market.name} prices`
      : `Running cost per year, ${yearly}, default prices (your currency)`,
    price: market ? `Price, ${market.name} (list)` : 'Price (list)',
    'price-with-destination': market
      ? `Price, ${market.name} (with destination charge)`
      : 'Price (with destination charge)',
    'price-after-grant': market
      ? `Price, ${market.name} (after the purchase grant)`
      : 'Price (after the purchase grant)',
  };
}

/** A row of computed answers side by side: the values, the amounts, and which cars are best on it. */
export interface AnswerCompareRow {
  key: string;
  label: string;
  values: string[];
  amounts: (number | undefined)[];
  unit: string;
  better: 'higher' | 'lower';
  /**
   * The indexes of the cars best on this row: empty when fewer than two cars have an answer or all show
   * the same value. Cars whose value reads the same as the best one's are best too.
   */
  best: number[];
}

/**
 * Lines up several cars' {@link answerRows} (computed beforehand, e.g. when a page is built) and marks the
 * best value of each row.
 * @example
 * const rows = compareAnswers(['cooper-se-f56', 'cooper-se-j01'].map((id) => answerRows(getVehicle(id))));
 * rows.find(r => r.key === 'range-city-mild')?.best // [1] (the J01 goes further)
 */
export function compareAnswers(sheets: readonly (readonly AnswerRow[])[]): AnswerCompareRow[] {
  const keys: Pick<AnswerRow, 'key' | 'label' | 'better' | 'unit'>[] = [];
  for (const s of sheets)
    for (const r of s)
      if (!keys.some((k) => k.key === r.key))
        keys.push({ key: r.key, label: r.label, better: r.better, unit: r.unit });
  const order = (k: string) => (ANSWER_KEYS as readonly string[]).indexOf(k);
  keys.sort((a, b) => order(a.key) - order(b.key));
  return keys.map(({ key, label, better, unit }) => {
    const cells = sheets.map((s) => s.find((r) => r.key === key));
    const amounts = cells.map((c) => c?.amount);
    const values = cells.map((c) => c?.value ?? '—');
    const known = amounts.flatMap((a, i) => (a === undefined ? [] : [i]));
    let best: number[] = [];
    if (known.length >= 2) {
      const pick = better === 'higher' ? Math.max : Math.min;
      const top = pick(...known.map((i) => amounts[i]!));
      const topValue = values[amounts.indexOf(top)];
      best = known.filter((i) => amounts[i] === top || values[i] === topValue);
      if (best.length === known.length) best = [];
    }
    return { key, label, values, amounts, unit, better, best };
  });
}
