import {
  ANSWER_DC_CHARGER_KW,
  ANSWER_DC_WINDOW,
  ANSWER_KEYS,
  ANSWER_SPEEDS_KMH,
  ANSWER_YEARLY_KM,
  type AnswerKey,
  type AnswerOptions,
  type AnswerRow,
  answerLabels,
} from '../format/answers.js';
import {
  type FormatOptions,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatFigureValue,
  formatSpeed,
  formatYearlyMoney,
  marketFormat,
} from '../format/index.js';
import { isCalculable, notCalculableReason, vehicleModel } from '../model/vehicle-model.js';
import type { Market, Vehicle } from '../schema/index.js';
import { chargeSession } from './charging.js';
import { missingMarketPrices, runningCost } from './cost.js';
import { SCENARIO_WEATHER, scenarioHighwayKmh, scenarioTable, steadySpeedRange } from './range.js';

/** Order of preference of a price's basis when one market has several for a car. */
const BASIS_ORDER = ['list', 'with-destination', 'after-grant'] as const;

/**
 * The questions a buyer compares cars on, answered by the model for one car: real-world range (city and
 * highway, mild and cold, as {@link scenarioTable}), consumption at 110 and 130 km/h, a 10–80 % DC charge on
 * a 150 kW charger, a full AC charge, the running cost per year (in a market's currency and prices when one
 * is given) and, with a market, the car's price there. A concept or a car without a range figure gets every
 * row with no amount and the reason as its value.
 * @example answerRows(getVehicle('cooper-se-j01')).find(r => r.key === 'dc-10-80')?.value // '30 min'
 */
export function answerRows(v: Vehicle, opts: AnswerOptions = {}): AnswerRow[] {
  const labels = answerLabels(opts);
  const fmt: FormatOptions = { ...opts };
  const rows: AnswerRow[] = [];
  const add = (key: AnswerKey, better: AnswerRow['better'], amount: number | undefined, value: string) =>
    rows.push({ key, label: labels[key], value, amount, unit: unitOf(key, market), better });
  const market = opts.market;
  if (!isCalculable(v)) {
    const why = notCalculableReason(v)!;
    for (const key of ANSWER_KEYS) {
      if (!key.startsWith('price')) add(key, key.startsWith('range') ? 'higher' : 'lower', undefined, why);
    }
    if (market) addPrice(v, market, fmt, add);
    return rows;
  }
  const m = vehicleModel(v);
  const table = scenarioTable(m);
  const scenario = (s: 'city' | 'highway', w: 'mild' | 'cold') =>
    table.find((r) => r.scenario === s && r.weather === w)!.rangeKm;
  const km = (x: number) => formatDistance(x, { ...fmt, digits: 0 });
  add('range-city-mild', 'higher', scenario('city', 'mild'), km(scenario('city', 'mild')));
  add('range-highway-mild', 'higher', scenario('highway', 'mild'), km(scenario('highway', 'mild')));
  add('range-city-cold', 'higher', scenario('city', 'cold'), km(scenario('city', 'cold')));
  add('range-highway-cold', 'higher', scenario('highway', 'cold'), km(scenario('highway', 'cold')));
  // A highway row at a speed the car cannot reach would be a different question: the table drives such a
  // car at its top speed, so its label says so.
  if (scenarioHighwayKmh(m) < ANSWER_SPEEDS_KMH[0]) {
    const note = ` (at its top speed, ${formatSpeed(m.topSpeedKmh, fmt)})`;
    for (const r of rows) if (r.key.startsWith('range-highway')) r.value += note;
  }
  for (const [i, speed] of ANSWER_SPEEDS_KMH.entries()) {
    const key = i === 0 ? 'consumption-110' : 'consumption-130';
    if (speed > m.topSpeedKmh) {
      add(key, 'lower', undefined, `above its top speed (${formatSpeed(m.topSpeedKmh, fmt)})`);
      continue;
    }
    const c = steadySpeedRange(m, { speedKmh: speed, ...SCENARIO_WEATHER.mild }).consumptionKWhPer100Km;
    add(key, 'lower', c, formatConsumption(c, fmt));
  }
  if (m.charging.dcPeakKW === undefined) add('dc-10-80', 'lower', undefined, 'no DC charging');
  else {
    const dc = chargeSession(m, { ...ANSWER_DC_WINDOW, chargerKW: ANSWER_DC_CHARGER_KW });
    add('dc-10-80', 'lower', dc.minutes, formatDuration(dc.minutes));
  }
  if (m.charging.acKW === undefined) add('ac-full', 'lower', undefined, 'no AC charging figure');
  else {
    const ac = chargeSession(m, { ac: true, fromPct: 0, toPct: 100 });
    add(
      'ac-full',
      'lower',
      ac.minutes,
      `${formatDuration(ac.minutes)} (${formatChargePower(ac.chargerKW, fmt)})`,
    );
  }
  const missing = market ? missingMarketPrices(market) : [];
  if (missing.length) add('cost-year', 'lower', undefined, `no sourced ${missing.join(' or ')} there`);
  else {
    const cost = runningCost(m, { yearlyKm: ANSWER_YEARLY_KM, ...(market ? { market } : {}) });
    add('cost-year', 'lower', cost.perYear, formatYearlyMoney(cost.perYear, marketFormat(market, fmt)));
  }
  if (market) addPrice(v, market, fmt, add);
  return rows;
}

/** The unit of an answer's amount. */
function unitOf(key: AnswerKey, market: Market | undefined): string {
  if (key.startsWith('range')) return 'km';
  if (key.startsWith('consumption')) return 'kWh/100 km';
  if (key === 'dc-10-80' || key === 'ac-full') return 'min';
  return market?.currency ?? 'money';
}

/** The car's price in a market: the list price where there is one, else the first basis published. */
function addPrice(
  v: Vehicle,
  market: Market,
  fmt: FormatOptions,
  add: (key: AnswerKey, better: AnswerRow['better'], amount: number | undefined, value: string) => void,
) {
  const prices = v.prices.filter((p) => p.market === market.id);
  const p = BASIS_ORDER.map((b) => prices.find((x) => x.basis === b)).find(Boolean);
  if (!p) {
    add(
      'price',
      'lower',
      undefined,
      v.notSoldIn.includes(market.id) ? 'never sold there' : 'no price published there',
    );
    return;
  }
  const said = [p.trim, p.price.asOf].filter(Boolean);
  const value = formatFigureValue(p.price, marketFormat(market, fmt));
  const key =
    p.basis === 'list' ? 'price' : p.basis === 'after-grant' ? 'price-after-grant' : 'price-with-destination';
  add(key, 'lower', p.price.value, said.length ? `${value} (${said.join(', ')})` : value);
}
