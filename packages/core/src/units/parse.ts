import { QuantityParseError } from '../errors.js';
import {
  KG_PER_LB,
  KM_PER_MILE,
  KW_PER_HP,
  KW_PER_PS,
  L_PER_US_GALLON,
  M_PER_FOOT,
  MM_PER_INCH,
  N_PER_LBF,
} from './constants.js';
import { fToC, lbFtToNm, lbToKg, mpgeToKwhPer100Km } from './convert.js';

/** The physical dimensions the parser knows, each with its canonical unit. */
export const CANONICAL_UNITS = {
  power: 'kW',
  energy: 'kWh',
  distance: 'km',
  speed: 'km/h',
  time: 's',
  mass: 'kg',
  length: 'mm',
  temperature: '°C',
  torque: 'Nm',
  consumption: 'kWh/100km',
  percent: '%',
  money: 'currency',
  count: '1',
  area: 'm²',
  force: 'N',
  forcePerSpeed: 'N/(km/h)',
  forcePerSpeedSquared: 'N/(km/h)²',
  ratio: '1',
  volume: 'L',
  emissionIntensity: 'g/kWh',
} as const;

export type Dimension = keyof typeof CANONICAL_UNITS;

/** A quantity read from text, in the canonical unit of its dimension. */
export interface ParsedQuantity {
  /** Value in the canonical unit (km, kW, s, °C …). */
  value: number;
  dimension: Dimension;
  /** The unit as recognised, normalised (`"mph"`, `"PS"`, `"°F"`). */
  unit: string;
  /** The number as written, before conversion. */
  number: number;
  /** Half of the last written digit, converted to the canonical unit: how far the true value may lie. */
  resolution: number;
  /** ISO currency for money. */
  currency?: string;
  /** The matched text. */
  text: string;
}

interface UnitDef {
  re: string;
  unit: string;
  dimension: Dimension;
  /** to canonical: either a factor or a function (temperature). */
  factor?: number;
  fn?: (x: number) => number;
}

// Longer and more specific spellings first: "min" before "mi", "kWh/100 km" before "kWh".
const UNITS: UnitDef[] = [
  // CO2 per kWh of electricity, as grid operators and statistics offices write it ("124 gCO2/kWh", "0.81 pounds of CO2 per kWh").
  {
    re: 'g\\s*(?:of\\s*)?co[2₂](?:e|eq)?\\s*(?:/|per)\\s*kwh|g\\s*/\\s*kwh',
    unit: 'g/kWh',
    dimension: 'emissionIntensity',
    factor: 1,
  },
  {
    re: '(?:lbs?|pounds?)\\s+(?:of\\s+)?co[2₂](?:\\s+emissions)?\\s*(?:/|per)\\s*kwh|lbs?\\s*/\\s*kwh',
    unit: 'lb/kWh',
    dimension: 'emissionIntensity',
    factor: KG_PER_LB * 1000,
  },
  { re: 'kwh\\s*/\\s*100\\s*km', unit: 'kWh/100km', dimension: 'consumption', factor: 1 },
  { re: 'wh\\s*/\\s*km', unit: 'Wh/km', dimension: 'consumption', factor: 0.1 },
  { re: 'wh\\s*/\\s*mi(?:le)?', unit: 'Wh/mi', dimension: 'consumption', factor: 0.1 / KM_PER_MILE },
  {
    re: 'mi(?:les)?\\s*/\\s*kwh',
    unit: 'mi/kWh',
    dimension: 'consumption',
    fn: (x) => 100 / KM_PER_MILE / x,
  },
  { re: 'mpge', unit: 'MPGe', dimension: 'consumption', fn: mpgeToKwhPer100Km },
  // Coast-down coefficients as EPA publishes them (lbf, lbf/mph, lbf/mph²), before mass (lb) and power (kW).
  {
    re: 'lbf\\s*/\\s*mph(?:\\*\\*2|²|\\^2|2)',
    unit: 'lbf/mph²',
    dimension: 'forcePerSpeedSquared',
    factor: N_PER_LBF / KM_PER_MILE ** 2,
  },
  {
    re: 'n\\s*/\\s*\\(km/h\\)(?:²|\\^2|2)',
    unit: 'N/(km/h)²',
    dimension: 'forcePerSpeedSquared',
    factor: 1,
  },
  { re: 'lbf\\s*/\\s*mph', unit: 'lbf/mph', dimension: 'forcePerSpeed', factor: N_PER_LBF / KM_PER_MILE },
  { re: 'n\\s*/\\s*\\(km/h\\)', unit: 'N/(km/h)', dimension: 'forcePerSpeed', factor: 1 },
  { re: 'lbf|pounds?[- ]force', unit: 'lbf', dimension: 'force', factor: N_PER_LBF },
  { re: 'kwh|kilowatt[- ]hours?', unit: 'kWh', dimension: 'energy', factor: 1 },
  { re: 'km\\s*/\\s*h|kph|kmh|km per hour', unit: 'km/h', dimension: 'speed', factor: 1 },
  { re: 'mph|miles per hour', unit: 'mph', dimension: 'speed', factor: KM_PER_MILE },
  { re: 'm\\s*/\\s*s', unit: 'm/s', dimension: 'speed', factor: 3.6 },
  { re: 'kw|kilowatts?', unit: 'kW', dimension: 'power', factor: 1 },
  { re: 'ps|cv|metric horsepower', unit: 'PS', dimension: 'power', factor: KW_PER_PS },
  { re: 'b?hp|horsepower', unit: 'hp', dimension: 'power', factor: KW_PER_HP },
  { re: 'lb[- ]?ft|pound[- ]feet', unit: 'lb-ft', dimension: 'torque', fn: lbFtToNm },
  { re: 'nm|newton[- ]metres?', unit: 'Nm', dimension: 'torque', factor: 1 },
  { re: '°\\s*c|celsius|degc|c', unit: '°C', dimension: 'temperature', factor: 1 },
  { re: '°\\s*f|fahrenheit|degf|f', unit: '°F', dimension: 'temperature', fn: fToC },
  { re: 'minutes?|minuti|minuten|mins?', unit: 'min', dimension: 'time', factor: 60 },
  { re: 'hours?|hrs?|h', unit: 'h', dimension: 'time', factor: 3600 },
  { re: 'seconds?|sekunden|secondi|secs?|s', unit: 's', dimension: 'time', factor: 1 },
  { re: 'km|kilometres?|kilometern|kilometers?', unit: 'km', dimension: 'distance', factor: 1 },
  { re: 'miles?|mi', unit: 'mi', dimension: 'distance', factor: KM_PER_MILE },
  { re: 'mm|millimetres?|millimeters?', unit: 'mm', dimension: 'length', factor: 1 },
  { re: 'cm|centimetres?|centimeters?', unit: 'cm', dimension: 'length', factor: 10 },
  { re: 'feet|foot|ft', unit: 'ft', dimension: 'length', factor: M_PER_FOOT * 1000 },
  { re: 'inch(?:es)?|in', unit: 'in', dimension: 'length', factor: MM_PER_INCH },
  { re: 'm²|m2|sq\\.? ?m', unit: 'm²', dimension: 'area', factor: 1 },
  { re: 'metres?|meters?|m', unit: 'm', dimension: 'length', factor: 1000 },
  { re: 'n|newtons?', unit: 'N', dimension: 'force', factor: 1 },
  { re: 'kg|kilograms?|kilos?', unit: 'kg', dimension: 'mass', factor: 1 },
  { re: 'litres?|liters?|litern|litri|l', unit: 'L', dimension: 'volume', factor: 1 },
  { re: 'lbs?|pounds?', unit: 'lb', dimension: 'mass', fn: lbToKg },
  { re: '%|percent|per cent', unit: '%', dimension: 'percent', factor: 1 },
  {
    re: 'vehicles?|units?|cars?|models?',
    unit: 'count',
    dimension: 'count',
    factor: 1,
  },
];

const CURRENCIES: Record<string, string> = {
  rmb: 'CNY',
  cny: 'CNY',
  yuan: 'CNY',
  '¥': 'CNY',
  usd: 'USD',
  $: 'USD',
  eur: 'EUR',
  '€': 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6, bn: 1e9 };

const NUMBER = String.raw`(?<![\w.,])[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNIT_ALT = UNITS.map((u) => `(${u.re})`).join('|');
const QUANTITY_RE = new RegExp(
  String.raw`(?<cur>rmb|cny|usd|eur|gbp|[$€£¥])?\s*(?<num>${NUMBER})(?:\s*(?<scale>thousand|million|billion|bn)\b)?(?:\s*-\s*|\s*)(?<unit>(?:${UNIT_ALT})(?![a-z]))?(?:\s*(?<cur2>rmb|cny|yuan|usd|eur|gbp)\b)?`,
  'giu',
);

function decimals(num: string): number {
  const dot = num.indexOf('.');
  return dot < 0 ? 0 : num.length - dot - 1;
}

function toNumber(num: string): number {
  return Number(num.replace(/,/g, '').replace(/^−/, '-'));
}

function unitFor(unitText: string): UnitDef | undefined {
  for (const def of UNITS) {
    if (new RegExp(`^(?:${def.re})$`, 'iu').test(unitText.trim())) return def;
  }
  return undefined;
}

function convert(def: UnitDef, x: number): number {
  return def.fn ? def.fn(x) : x * (def.factor ?? 1);
}

function build(match: RegExpExecArray): ParsedQuantity | undefined {
  const g = match.groups ?? {};
  const numText = g.num;
  if (!numText) return undefined;
  const raw = toNumber(numText);
  const scale = g.scale ? (SCALES[g.scale.toLowerCase()] ?? 1) : 1;
  const number = raw * scale;
  const step = (10 ** -decimals(numText) / 2) * scale;
  const cur = g.cur ?? g.cur2;
  if (cur) {
    const currency = CURRENCIES[cur.toLowerCase()] ?? cur.toUpperCase();
    return {
      value: number,
      dimension: 'money',
      unit: currency,
      number,
      resolution: step,
      currency,
      text: match[0].trim(),
    };
  }
  if (!g.unit) {
    return { value: number, dimension: 'count', unit: '', number, resolution: step, text: match[0].trim() };
  }
  const def = unitFor(g.unit);
  if (!def) return undefined;
  const value = convert(def, number);
  const resolution = Math.abs(convert(def, number + step) - value);
  return { value, dimension: def.dimension, unit: def.unit, number, resolution, text: match[0].trim() };
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const WORD = Object.keys(WORD_NUMBERS).join('|');
/** "one in five", "1 in 5": a share, read as a percentage. */
const SHARE_RE = new RegExp(String.raw`\b(\d+|${WORD})\s+in\s+(\d+|${WORD})\b`, 'iu');
/** "3+1 seats": a count written as a sum. */
const SUM_RE = /\b(\d+)\s*\+\s*(\d+)\b/u;
const wordOrNumber = (t: string): number => WORD_NUMBERS[t.toLowerCase()] ?? Number(t);
/**
 * Hours written in words, as spec sheets in several languages do: "an hour", "two and a half hours",
 * "an hour and a half", Italian "un’ora e mezza".
 */
const HOURS_IN_WORDS_RE = new RegExp(
  String.raw`\b(an?|un|${WORD})['’]?\s*(and a half\s+)?(hours?|ora|ore)\b(\s+(?:and a half|e mezz[ao])\b)?`,
  'iu',
);

/**
 * A decimal comma as much of Europe writes it ("14,7 kWh", "42,5-kWh-Akku") read as a decimal point: a
 * comma followed by one or two digits. Three digits after a comma stay a thousands group ("1,754 mm").
 */
function decimalCommas(text: string): string {
  return text.replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2');
}

/** Every quantity found in a text, in order. */
export function findQuantities(text: string): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  const share = SHARE_RE.exec(text);
  if (share?.[1] && share[2]) {
    const value = (wordOrNumber(share[1]) / wordOrNumber(share[2])) * 100;
    out.push({ value, dimension: 'percent', unit: '%', number: value, resolution: 0, text: share[0] });
  }
  const hours = HOURS_IN_WORDS_RE.exec(text);
  if (hours?.[1]) {
    const n = /^(an?|un)$/iu.test(hours[1]) ? 1 : wordOrNumber(hours[1]);
    const h = n + (hours[2] || hours[4] ? 0.5 : 0);
    out.push({ value: h * 3600, dimension: 'time', unit: 'h', number: h, resolution: 900, text: hours[0] });
  }
  const sum = SUM_RE.exec(text);
  if (sum?.[1] && sum[2]) {
    const value = Number(sum[1]) + Number(sum[2]);
    out.push({ value, dimension: 'count', unit: 'count', number: value, resolution: 0.5, text: sum[0] });
  }
  QUANTITY_RE.lastIndex = 0;
  const decimal = decimalCommas(text);
  for (let m = QUANTITY_RE.exec(decimal); m; m = QUANTITY_RE.exec(decimal)) {
    if (m[0].length === 0) {
      QUANTITY_RE.lastIndex++;
      continue;
    }
    const q = build(m);
    if (q) out.push(q);
  }
  return out;
}

/**
 * Reads one quantity with its unit and converts it to the canonical unit of its dimension.
 * With `dimension`, returns the first quantity of that dimension found in a longer text, so
 * `"0–62 mph in 6.7 seconds"` read as time gives 6.7 s.
 *
 * @example parseQuantity('70 mph').value // 112.65 (km/h)
 * @example parseQuantity('62 F').value // 16.67 (°C)
 * @example parseQuantity('250-mile (WLTP)', 'distance').value // 402.34 (km)
 * @example parseQuantity('11.5 feet').value // 3505.2 (mm)
 * @throws {QuantityParseError} when nothing of the asked dimension is in the text
 */
export function parseQuantity(text: string, dimension?: Dimension): ParsedQuantity {
  const found = findQuantities(text);
  const hit = dimension ? found.find((q) => q.dimension === dimension) : found[0];
  if (!hit) throw new QuantityParseError(text, dimension ? `a ${dimension}` : 'a quantity with a unit');
  return hit;
}

/** A price read from text: an amount per kWh or per litre, in the canonical unit (per kWh, per litre). */
export interface ParsedPrice {
  /** Amount per kWh or per litre (a price per US gallon is converted to per litre). */
  value: number;
  /** ISO currency, when the text says it (a sign, a word, or pence/cents). */
  currency?: string;
  /** What the price is for, when the text says it. */
  per?: 'kWh' | 'L';
  /** Half of the last written digit, in the same unit as `value`. */
  resolution: number;
  text: string;
}

const PRICE_CURRENCY: Record<string, string> = {
  ...CURRENCIES,
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  dollar: 'USD',
  dollars: 'USD',
  元: 'CNY',
};
/** Minor units: pence are British, cents American unless written "ct" (euro cents, as German prices are). */
const MINOR: Record<string, string> = {
  p: 'GBP',
  pence: 'GBP',
  ppl: 'GBP',
  '¢': 'USD',
  cent: 'USD',
  cents: 'USD',
  ct: 'EUR',
};
const PRICE_RE =
  /(?<cur>[$€£¥]|eur|gbp|usd|cny|rmb)?\s*(?<num>\d+(?:\.\d+)?)\s*(?<minor>ppl|pence|p|¢|cents?|ct)?(?![a-z])\s*(?<cur2>euros?|eur|pounds?|gbp|usd|dollars?|yuan|cny|rmb|元)?\s*(?:(?:per|\/|for every|a)\s*(?<n>\d+)?\s*(?<per>kwh|kilowatt[- ]hours?|litres?|liters?|l|升|gallons?|gal)(?![a-z]))?/iu;

/**
 * Reads a price as a source writes it: "€39.43 per 100 kWh", "24.50p/kWh", "$3.31 per gallon", "0,59 Euro/kWh",
 * "8.05 元/升". Pence and cents become pounds and dollars, a price per 100 kWh a price per kWh, and a price per
 * US gallon a price per litre.
 * @example parsePrice('€39.43 per 100 kWh').value // 0.3943
 * @example parsePrice('$3.31 per gallon').value // 0.8744 (per litre)
 * @throws {QuantityParseError} when the text holds no price
 */
export function parsePrice(text: string): ParsedPrice {
  const m = PRICE_RE.exec(decimalCommas(text));
  const g = m?.groups;
  if (!m || !g?.num) throw new QuantityParseError(text, 'a price');
  const minor = g.minor?.toLowerCase();
  const perText = g.per?.toLowerCase();
  const gallon = perText?.startsWith('gal') ?? false;
  const per = perText === undefined ? undefined : perText.includes('kw') ? ('kWh' as const) : ('L' as const);
  const scale = (minor ? 0.01 : 1) / (g.n ? Number(g.n) : 1) / (gallon ? L_PER_US_GALLON : 1);
  const curText = (g.cur ?? g.cur2)?.toLowerCase();
  const currency = curText ? PRICE_CURRENCY[curText] : minor ? MINOR[minor] : undefined;
  return {
    value: Number(g.num) * scale,
    ...(currency ? { currency } : {}),
    ...(per ? { per } : {}),
    resolution: (10 ** -decimals(g.num) / 2) * scale,
    text: m[0].trim(),
  };
}
