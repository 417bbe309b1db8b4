/**
 * Kinds of quantity a calculation input can be, each with its unit in both systems, its conversion from
 * the stored (metric) value to what a person reads and types, and how many decimals to show.
 */

import { L_PER_UK_GALLON, L_PER_US_GALLON } from '../units/constants.js';
import {
  cToF,
  fToC,
  kgToLb,
  kmhToMph,
  kmToMiles,
  kwhPer100KmToMilesPerKwh,
  lbToKg,
  milesPerKwhToKwhPer100Km,
  milesToKm,
  mphToKmh,
} from '../units/convert.js';

/** Metric (km, kWh/100 km, °C) or imperial (miles, mi/kWh, °F). */
export type UnitSystem = 'metric' | 'imperial';
export const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'imperial'];

export type Quantity =
  | 'speed'
  | 'temperature'
  | 'distance'
  | 'percent'
  | 'power'
  | 'mass'
  | 'minutes'
  | 'money'
  | 'pricePerKWh'
  | 'pricePerLitre'
  | 'fuelConsumption'
  | 'consumption'
  | 'co2Intensity'
  | 'energy'
  | 'area'
  | 'ratio'
  | 'voltage'
  | 'count';

interface QuantityDef {
  /** Unit as shown after a number, per system; '' for a bare amount (money in the reader's currency). */
  unit: Record<UnitSystem, string>;
  /** Stored (metric) value → shown value, per system. */
  toShown: Record<UnitSystem, (v: number) => number>;
  /** Shown value → stored (metric) value, per system. */
  fromShown: Record<UnitSystem, (v: number) => number>;
  /** Decimals a shown value is rounded to, per system. */
  digits: Record<UnitSystem, number>;
}

const same = (v: number) => v;
const linear = (unit: string, digits: number): QuantityDef => ({
  unit: { metric: unit, imperial: unit },
  toShown: { metric: same, imperial: same },
  fromShown: { metric: same, imperial: same },
  digits: { metric: digits, imperial: digits },
});
// L/100 km ↔ miles per US gallon: mpg = 100 / (L/100 km) × (L per gallon) / (km per mile).
const MPG_FACTOR = (100 * L_PER_US_GALLON) / 1.609344;

export const QUANTITIES: Record<Quantity, QuantityDef> = {
  speed: {
    unit: { metric: 'km/h', imperial: 'mph' },
    toShown: { metric: same, imperial: kmhToMph },
    fromShown: { metric: same, imperial: mphToKmh },
    digits: { metric: 0, imperial: 0 },
  },
  temperature: {
    unit: { metric: '°C', imperial: '°F' },
    toShown: { metric: same, imperial: cToF },
    fromShown: { metric: same, imperial: fToC },
    digits: { metric: 0, imperial: 0 },
  },
  distance: {
    unit: { metric: 'km', imperial: 'mi' },
    toShown: { metric: same, imperial: kmToMiles },
    fromShown: { metric: same, imperial: milesToKm },
    digits: { metric: 0, imperial: 0 },
  },
  mass: {
    unit: { metric: 'kg', imperial: 'lb' },
    toShown: { metric: same, imperial: kgToLb },
    fromShown: { metric: same, imperial: lbToKg },
    digits: { metric: 0, imperial: 0 },
  },
  consumption: {
    unit: { metric: 'kWh/100 km', imperial: 'mi/kWh' },
    toShown: { metric: same, imperial: kwhPer100KmToMilesPerKwh },
    fromShown: { metric: same, imperial: milesPerKwhToKwhPer100Km },
    digits: { metric: 1, imperial: 2 },
  },
  fuelConsumption: {
    unit: { metric: 'L/100 km', imperial: 'mpg (US)' },
    toShown: { metric: same, imperial: (l) => MPG_FACTOR / l },
    fromShown: { metric: same, imperial: (mpg) => MPG_FACTOR / mpg },
    digits: { metric: 1, imperial: 0 },
  },
  pricePerLitre: {
    unit: { metric: 'per L', imperial: 'per US gal' },
    toShown: { metric: same, imperial: (p) => p * L_PER_US_GALLON },
    fromShown: { metric: same, imperial: (p) => p / L_PER_US_GALLON },
    // Per litre to the tenth of a cent, as pumps and price lists give it (€1.801); per gallon to the cent.
    digits: { metric: 3, imperial: 2 },
  },
  percent: linear('%', 0),
  power: linear('kW', 1),
  minutes: linear('min', 0),
  money: linear('', 0),
  pricePerKWh: linear('per kWh', 3),
  co2Intensity: linear('g/kWh', 0),
  energy: linear('kWh', 1),
  area: linear('m²', 2),
  ratio: linear('', 4),
  voltage: linear('V', 0),
  count: linear('', 0),
};

/** Which gallon imperial fuel figures are in: the US gallon (the default) or the UK imperial gallon. */
export type GallonKind = 'us' | 'uk';

// A British reader's imperial: mpg and price per gallon in UK gallons (4.546 L).
const MPG_UK_FACTOR = (100 * L_PER_UK_GALLON) / 1.609344;
const UK_GALLON: Partial<Record<Quantity, QuantityDef>> = {
  fuelConsumption: {
    ...QUANTITIES.fuelConsumption,
    unit: { metric: 'L/100 km', imperial: 'mpg (UK)' },
    toShown: { metric: same, imperial: (l) => MPG_UK_FACTOR / l },
    fromShown: { metric: same, imperial: (mpg) => MPG_UK_FACTOR / mpg },
  },
  pricePerLitre: {
    ...QUANTITIES.pricePerLitre,
    unit: { metric: 'per L', imperial: 'per UK gal' },
    toShown: { metric: same, imperial: (p) => p * L_PER_UK_GALLON },
    fromShown: { metric: same, imperial: (p) => p / L_PER_UK_GALLON },
  },
};
const defOf = (q: Quantity, gallon: GallonKind | undefined): QuantityDef =>
  (gallon === 'uk' ? UK_GALLON[q] : undefined) ?? QUANTITIES[q];

/**
 * The unit a quantity is shown in; fuel in imperial uses the market's gallon (US unless `'uk'`).
 * @example unitOf('speed', 'imperial') // 'mph'
 * @example unitOf('fuelConsumption', 'imperial', 'uk') // 'mpg (UK)'
 */
export function unitOf(q: Quantity, system: UnitSystem, gallon?: GallonKind): string {
  return defOf(q, gallon).unit[system];
}

/**
 * A stored (metric) value as shown in a system, unrounded.
 * @example toShown('speed', 100, 'imperial') // 62.14
 * @example toShown('fuelConsumption', 6.5, 'imperial', 'uk') // 43.46 (mpg, UK gallons)
 */
export function toShown(q: Quantity, metric: number, system: UnitSystem, gallon?: GallonKind): number {
  return defOf(q, gallon).toShown[system](metric);
}

/** A shown value back to the stored (metric) one. @example fromShown('speed', 70, 'imperial') // 112.65 */
export function fromShown(q: Quantity, shown: number, system: UnitSystem, gallon?: GallonKind): number {
  return defOf(q, gallon).fromShown[system](shown);
}

/** Rounds to a number of decimals without binary noise. @example roundTo(20.229999999999997, 2) // 20.23 */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * A stored value as a person reads it in a system: converted and rounded to the quantity's precision
 * (or `digits` more when the rounding would hide the value, e.g. a 1.4 kW wall box).
 * @example shownValue('speed', 110, 'imperial') // 68
 */
export function shownValue(
  q: Quantity,
  metric: number,
  system: UnitSystem,
  extraDigits = 0,
  gallon?: GallonKind,
): number {
  return roundTo(toShown(q, metric, system, gallon), QUANTITIES[q].digits[system] + extraDigits);
}

/**
 * A stored value as text with its unit in a system, e.g. for a limit in a message.
 * @example quantityText('temperature', -30, 'imperial') // '-22 °F'
 */
export function quantityText(q: Quantity, metric: number, system: UnitSystem, gallon?: GallonKind): string {
  const n = shownValue(q, metric, system, 0, gallon);
  const unit = unitOf(q, system, gallon);
  return unit ? `${n} ${unit}` : String(n);
}
