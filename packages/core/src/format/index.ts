import type { GallonKind, UnitSystem } from '../contract/quantity.js';
import type { Figure, Unit } from '../schema/index.js';
import { L_PER_CUBIC_FOOT, L_PER_UK_GALLON, L_PER_US_GALLON } from '../units/constants.js';
import {
  cToF,
  kgToLb,
  kmhToMph,
  kmToMiles,
  kwhPer100KmToMilesPerKwh,
  kwToHp,
  kwToPs,
  milesToKm,
  mmToInches,
  nmToLbFt,
} from '../units/convert.js';

export interface FormatOptions {
  system?: UnitSystem;
  locale?: string;
  /** Digits after the decimal point; each formatter has a sensible default. */
  digits?: number;
  /** Which gallon imperial fuel figures use: US (the default) or UK (a British market's). */
  gallon?: GallonKind;
}

// A number and the short word after it ("280 km", "7.4 kW", "83 %", "2 h 05 min", "mi/kWh"). Taken from the
// text's shape rather than a list of units, so a unit added later is kept too (a short ordinary word, "26 of",
// only keeps to its number). Not the "100 km" inside a unit ("19.0 kWh/100 km" may break there rather than be
// one word too long for a narrow column).
const NUMBER_UNIT = /(?<!\/\d*)(\d) (?=[^\s\d(][^\s]{0,7}(?:\s|$))/gu;

/**
 * A text with each number joined to the short word after it by a no-break space (U+00A0), for a face that
 * wraps text: a line never ends in "14" with the "%" alone on the next one. Nothing else changes.
 * @example keepUnits('reach a charger with 14 %').endsWith('14\u00a0%') // true
 */
export function keepUnits(text: string): string {
  return text.replace(NUMBER_UNIT, '$1\u00a0');
}

/**
 * How a market's amounts are written: its currency and (for fuel in imperial) its gallon, in the reader's
 * locale like every other number of the answer, so "€1,405" sits beside "1,802 kg" rather than "1.405 €".
 * Without a market, the options as given (bare amounts in the reader's own currency).
 * @example formatYearlyMoney(1405, marketFormat({ currency: 'EUR' })) // '€1,405'
 */
export function marketFormat(
  market: { currency: string; gallon?: GallonKind | undefined } | undefined,
  opts: FormatOptions = {},
): FormatOptions & { currency?: string } {
  if (!market) return opts;
  return { ...opts, currency: market.currency, ...(market.gallon ? { gallon: market.gallon } : {}) };
}

/** Litres in a US gallon (3.785 L) or a UK imperial gallon (4.546 L). @example litresPerGallon('uk') // 4.54609 */
export const litresPerGallon = (g: GallonKind = 'us'): number =>
  g === 'uk' ? L_PER_UK_GALLON : L_PER_US_GALLON;
const gallonName = (g: GallonKind = 'us') => (g === 'uk' ? 'UK gal' : 'US gal');

/** A price per kWh or per litre with its currency; per gallon in imperial. */
function formatUnitPrice(v: number, currency: string, per: 'kWh' | 'L', opts: FormatOptions): string {
  const money = (x: number) => formatMoney(x, { ...opts, currency, digits: opts.digits ?? (x < 1 ? 3 : 2) });
  if (per === 'kWh') return `${money(v)} per kWh`;
  return opts.system === 'imperial'
    ? `${money(v * litresPerGallon(opts.gallon))} per ${gallonName(opts.gallon)}`
    : `${money(v)} per L`;
}

// Building an Intl.NumberFormat costs far more than using one (tens of microseconds against one or two), and a
// spec sheet formats hundreds of numbers: keep one formatter per locale, digits and style.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
    formatters.set(key, f);
  }
  return f;
}
/** Up to `digits` decimals, trailing zeros dropped. */
const nf = (value: number, digits: number, locale = 'en-GB') => numberFormat(locale, 0, digits).format(value);
/** Exactly `digits` decimals. */
const nfFixed = (value: number, digits: number, locale = 'en-GB') =>
  numberFormat(locale, digits, digits).format(value);

/** @example formatNumber(160000) // '160,000' */
export function formatNumber(value: number, opts: FormatOptions = {}): string {
  return nf(value, opts.digits ?? 0, opts.locale);
}

/**
 * @example formatDistance(402) // '402 km'
 * @example formatDistance(402, { system: 'imperial' }) // '250 mi'
 */
export function formatDistance(km: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(kmToMiles(km), opts.digits ?? 0, opts.locale)} mi`
    : `${nf(km, opts.digits ?? 0, opts.locale)} km`;
}

/** @example formatSpeed(120, { system: 'imperial' }) // '75 mph' */
export function formatSpeed(kmh: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(kmhToMph(kmh), opts.digits ?? 0, opts.locale)} mph`
    : `${nf(kmh, opts.digits ?? 0, opts.locale)} km/h`;
}

/** @example formatTemperature(-10, { system: 'imperial' }) // '14 °F' */
export function formatTemperature(c: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(cToF(c), opts.digits ?? 0, opts.locale)} °F`
    : `${nf(c, opts.digits ?? 0, opts.locale)} °C`;
}

/** @example formatEnergy(49.2) // '49.2 kWh' */
export function formatEnergy(kWh: number, opts: FormatOptions = {}): string {
  return `${nf(kWh, opts.digits ?? 1, opts.locale)} kWh`;
}

/** Power in kW with PS (metric) or hp (imperial) beside it. @example formatPower(135) // '135 kW (184 PS)' */
export function formatPower(kW: number, opts: FormatOptions = {}): string {
  const other =
    opts.system === 'imperial'
      ? `${nf(kwToHp(kW), 0, opts.locale)} hp`
      : `${nf(kwToPs(kW), 0, opts.locale)} PS`;
  return `${nf(kW, opts.digits ?? 0, opts.locale)} kW (${other})`;
}

/** @example formatChargePower(95) // '95 kW' */
export function formatChargePower(kW: number, opts: FormatOptions = {}): string {
  return `${nf(kW, opts.digits ?? (kW < 20 ? 1 : 0), opts.locale)} kW`;
}

/**
 * @example formatConsumption(15) // '15.0 kWh/100 km'
 * @example formatConsumption(15, { system: 'imperial' }) // '4.1 mi/kWh'
 * @example formatConsumption(15.5, { system: 'imperial' }) // '4.0 mi/kWh' (one decimal always, so a column lines up)
 */
export function formatConsumption(kWhPer100Km: number, opts: FormatOptions = {}): string {
  if (opts.system === 'imperial')
    return `${nfFixed(kwhPer100KmToMilesPerKwh(kWhPer100Km), opts.digits ?? 1, opts.locale)} mi/kWh`;
  const d = opts.digits ?? 1;
  return `${nfFixed(kWhPer100Km, d, opts.locale)} kWh/100 km`;
}

/** @example formatMass(1680, { system: 'imperial' }) // '3,704 lb' */
export function formatMass(kg: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial' ? `${nf(kgToLb(kg), 0, opts.locale)} lb` : `${nf(kg, 0, opts.locale)} kg`;
}

/** @example formatLength(3858, { system: 'imperial' }) // '151.9 in' */
export function formatLength(mm: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(mmToInches(mm), 1, opts.locale)} in`
    : `${nf(mm, 0, opts.locale)} mm`;
}

/** @example formatTorque(330) // '330 Nm' */
export function formatTorque(nm: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(nmToLbFt(nm), 0, opts.locale)} lb-ft`
    : `${nf(nm, 0, opts.locale)} Nm`;
}

/**
 * Minutes as a readable duration.
 * @example formatDuration(95.4) // '1 h 35 min'
 * @example formatDuration(29.7) // '30 min'
 */
export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
}

/**
 * A relative difference with its sign, one decimal: how the accuracy pages state an error.
 * @example formatSignedPercent(8.14) // '+8.1 %'
 * @example formatSignedPercent(-3) // '−3.0 %'
 */
export function formatSignedPercent(pct: number, opts: FormatOptions = {}): string {
  const text = nfFixed(Math.abs(pct), opts.digits ?? 1, opts.locale);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${text} %`;
}

/** @example formatPercent(80) // '80 %' */
export function formatPercent(pct: number, opts: FormatOptions = {}): string {
  return `${nf(pct, opts.digits ?? 0, opts.locale)} %`;
}

/**
 * A money amount, never converted: a bare number in the user's own currency, or with an ISO currency written
 * the way the locale writes it (a market's locale puts "5,26 €" and "£5.26").
 * @example formatMoney(5.26) // '5.26'
 * @example formatMoney(5.26, { currency: 'GBP', locale: 'en-GB' }) // '£5.26'
 */
export function formatMoney(amount: number, opts: FormatOptions & { currency?: string } = {}): string {
  const digits = opts.digits ?? (Math.abs(amount) >= 1000 ? 0 : 2);
  if (!opts.currency) return nfFixed(amount, digits, opts.locale);
  return new Intl.NumberFormat(opts.locale ?? 'en-GB', {
    style: 'currency',
    currency: opts.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/**
 * A year's amount, to the whole unit: cents on a year's total are noise, and a fixed rule keeps two yearly
 * amounts side by side alike (631 and 1,404, not 631.31 and 1,404). @example formatYearlyMoney(631.31) // '631'
 */
export function formatYearlyMoney(amount: number, opts: FormatOptions & { currency?: string } = {}): string {
  return formatMoney(amount, { digits: 0, ...opts });
}

/**
 * A running cost per distance in the reader's units: per 100 km, or per 100 miles in imperial. The amount
 * stays in the reader's own currency.
 * @example formatCostPerDistance(5.26) // '5.26 per 100 km'
 * @example formatCostPerDistance(5.26, { system: 'imperial' }) // '8.47 per 100 mi'
 */
export function formatCostPerDistance(
  per100Km: number,
  opts: FormatOptions & { currency?: string } = {},
): string {
  return opts.system === 'imperial'
    ? `${formatMoney(milesToKm(per100Km), opts)} per 100 mi`
    : `${formatMoney(per100Km, opts)} per 100 km`;
}

/**
 * A volume of fuel: litres, or US gallons in imperial.
 * @example formatFuelVolume(780) // '780 L'
 * @example formatFuelVolume(780, { system: 'imperial' }) // '206 US gal'
 */
export function formatFuelVolume(litres: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(litres / litresPerGallon(opts.gallon), opts.digits ?? 0, opts.locale)} ${gallonName(opts.gallon)}`
    : `${nf(litres, opts.digits ?? 0, opts.locale)} L`;
}

/**
 * A boot's volume: litres, or cubic feet in imperial (as US specifications give it).
 * @example formatVolume(211) // '211 L'
 * @example formatVolume(211, { system: 'imperial' }) // '7.5 cu ft'
 */
export function formatVolume(litres: number, opts: FormatOptions = {}): string {
  return opts.system === 'imperial'
    ? `${nf(litres / L_PER_CUBIC_FOOT, opts.digits ?? 1, opts.locale)} cu ft`
    : `${nf(litres, opts.digits ?? 0, opts.locale)} L`;
}

/** A price or an amount: in the currency's own style below a million, with words above (CNY 1.7 billion). */
function formatPriceAmount(v: number, currency: string, opts: FormatOptions): string {
  return Math.abs(v) >= 1e6 ? formatAmount(v, currency) : formatMoney(v, { ...opts, currency, digits: 0 });
}

/** Large amounts with their currency code. @example formatAmount(1.7e9, 'CNY') // 'CNY 1.7 billion' */
export function formatAmount(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  if (abs >= 1e9) return `${currency} ${nf(amount / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${currency} ${nf(amount / 1e6, 1)} million`;
  return `${currency} ${nf(amount, 0)}`;
}

/**
 * Any stored figure in the chosen unit system.
 * @example formatFigureValue(getVehicle('cooper-se-j01').performance.powerKW!) // '160 kW (218 PS)'
 */
export function formatFigureValue(
  f: Pick<Figure, 'value' | 'unit'> & Partial<Pick<Figure, 'bound'>>,
  opts: FormatOptions = {},
): string {
  const v = f.value;
  const byUnit: Record<Unit, () => string> = {
    kW: () => formatPower(v, opts),
    Nm: () => formatTorque(v, opts),
    kWh: () => formatEnergy(v, opts),
    km: () => formatDistance(v, opts),
    'km/h': () => formatSpeed(v, opts),
    s: () => `${nf(v, 1, opts.locale)} s`,
    min: () => formatDuration(v),
    kg: () => formatMass(v, opts),
    mm: () => formatLength(v, opts),
    'kWh/100km': () => formatConsumption(v, opts),
    '%': () => formatPercent(v, opts),
    count: () => formatNumber(v, opts),
    'vehicles/year': () => `${formatNumber(v, opts)} a year`,
    CNY: () => formatPriceAmount(v, 'CNY', opts),
    USD: () => formatPriceAmount(v, 'USD', opts),
    EUR: () => formatPriceAmount(v, 'EUR', opts),
    GBP: () => formatPriceAmount(v, 'GBP', opts),
    L: () => formatVolume(v, opts),
    'EUR/kWh': () => formatUnitPrice(v, 'EUR', 'kWh', opts),
    'GBP/kWh': () => formatUnitPrice(v, 'GBP', 'kWh', opts),
    'USD/kWh': () => formatUnitPrice(v, 'USD', 'kWh', opts),
    'CNY/kWh': () => formatUnitPrice(v, 'CNY', 'kWh', opts),
    'EUR/L': () => formatUnitPrice(v, 'EUR', 'L', opts),
    'GBP/L': () => formatUnitPrice(v, 'GBP', 'L', opts),
    'USD/L': () => formatUnitPrice(v, 'USD', 'L', opts),
    'CNY/L': () => formatUnitPrice(v, 'CNY', 'L', opts),
    'g/kWh': () => `${nf(v, 0, opts.locale)} g CO2/kWh`,
    'm²': () => `${nf(v, 2, opts.locale)} m²`,
    N: () => `${nf(v, 0, opts.locale)} N`,
    'N/(km/h)': () => `${nf(v, 3, opts.locale)} N/(km/h)`,
    'N/(km/h)²': () => `${nf(v, 4, opts.locale)} N/(km/h)²`,
    '1': () => nf(v, 4, opts.locale),
  };
  return boundedText(f, byUnit[f.unit]());
}

/**
 * A figure's formatted value as a ceiling or a floor when the figure is one ("under 25.2 kWh"), never as
 * the car's value; as given otherwise.
 * @example boundedText({ bound: 'upper' }, '25.2 kWh') // 'under 25.2 kWh'
 */
export function boundedText(f: Partial<Pick<Figure, 'bound'>>, text: string): string {
  return f.bound === 'upper' ? `under ${text}` : f.bound === 'lower' ? `at least ${text}` : text;
}

/**
 * The ends of an interval, lowest first as read. When both ends (and the value, if given) are one number
 * in the same unit, the unit is said once by the value beside them and dropped here, and an interval of
 * mi/kWh, which falls as consumption rises, still reads upwards. Anything else is kept whole.
 * @example formatInterval(255, 300, (x) => formatDistance(x)) // '255–300'
 * @example formatInterval(20.6, 25.2, (x) => formatConsumption(x)) // '20.6–25.2'
 * @example formatInterval(12.6, 15.4, (x) => formatConsumption(x, { system: 'imperial' })) // '4.0–4.9'
 * @example formatInterval(55, 65, formatDuration) // '55 min–1 h 05 min'
 * @example formatInterval(60, 120, formatDuration, 90) // '1 h–2 h'
 */
export function formatInterval(
  low: number,
  high: number,
  format: (x: number) => string,
  value?: number,
): string {
  // A number, then its unit; a unit that holds a further number before more words ('h 05 min') is a
  // compound reading and never shared.
  const split = (x: number) => format(x).match(/^(-?\d[\d.,\u202f]*)(\s.+)$/);
  const [a, b] = [split(low), split(high)];
  const whole = `${format(low)}–${format(high)}`;
  if (!a || !b) return whole;
  const unit = a[2]!;
  if (unit !== b[2] || /^\s\S+\s\d/.test(unit)) return whole;
  if (value !== undefined && split(value)?.[2] !== unit) return whole;
  const n = (m: RegExpMatchArray) => Number.parseFloat(m[1]!.replace(/[^\d.-]/g, ''));
  const [first, second] = n(a) <= n(b) ? [a, b] : [b, a];
  return `${first[1]}–${second[1]}`;
}

/**
 * A value with its interval, as every face shows it: `value (low–high)`, see {@link formatInterval}.
 * @example formatWithInterval(280, 255, 300, (x) => formatDistance(x)) // '280 km (255–300)'
 * @example formatWithInterval(30, 27, 33, formatDuration) // '30 min (27–33)'
 * @example formatWithInterval(70, 60, 80, formatDuration) // '1 h 10 min (1 h–1 h 20 min)'
 */
export function formatWithInterval(
  value: number,
  low: number,
  high: number,
  format: (x: number) => string,
): string {
  return `${format(value)} (${formatInterval(low, high, format, value)})`;
}
