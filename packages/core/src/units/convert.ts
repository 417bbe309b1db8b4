import {
  KG_PER_LB,
  KM_PER_MILE,
  KW_PER_HP,
  KW_PER_PS,
  KWH_PER_GALLON_EQUIVALENT,
  M_PER_FOOT,
  MM_PER_INCH,
  NM_PER_LBFT,
} from './constants.js';

/** kilowatts → metric horsepower (PS). @example kwToPs(135) // 183.55 */
export const kwToPs = (kw: number): number => kw / KW_PER_PS;
/** metric horsepower (PS) → kilowatts. @example psToKw(184) // 135.33 */
export const psToKw = (ps: number): number => ps * KW_PER_PS;
/** kilowatts → mechanical horsepower (hp). @example kwToHp(135) // 181.04 */
export const kwToHp = (kw: number): number => kw / KW_PER_HP;
/** mechanical horsepower (hp) → kilowatts. @example hpToKw(181) // 134.97 */
export const hpToKw = (hp: number): number => hp * KW_PER_HP;

/** @example kmToMiles(402) // 249.79 */
export const kmToMiles = (km: number): number => km / KM_PER_MILE;
/** @example milesToKm(250) // 402.34 */
export const milesToKm = (mi: number): number => mi * KM_PER_MILE;
/** @example kmhToMph(100) // 62.14 */
export const kmhToMph = (kmh: number): number => kmh / KM_PER_MILE;
/** @example mphToKmh(70) // 112.65 */
export const mphToKmh = (mph: number): number => mph * KM_PER_MILE;
/** @example kmhToMs(36) // 10 */
export const kmhToMs = (kmh: number): number => kmh / 3.6;
/** @example msToKmh(10) // 36 */
export const msToKmh = (ms: number): number => ms * 3.6;

/** @example cToF(-10) // 14 */
export const cToF = (c: number): number => (c * 9) / 5 + 32;
/** @example fToC(62) // 16.67 */
export const fToC = (f: number): number => ((f - 32) * 5) / 9;
/** @example cToK(20) // 293.15 */
export const cToK = (c: number): number => c + 273.15;

/** @example mmToInches(3858) // 151.89 */
export const mmToInches = (mm: number): number => mm / MM_PER_INCH;
/** @example feetToMm(11.5) // 3505.2 */
export const feetToMm = (ft: number): number => ft * M_PER_FOOT * 1000;
/** @example mmToFeet(3505.2) // 11.5 */
export const mmToFeet = (mm: number): number => mm / 1000 / M_PER_FOOT;

/** @example kgToLb(1680) // 3703.77 */
export const kgToLb = (kg: number): number => kg / KG_PER_LB;
/** @example lbToKg(3704) // 1680.1 */
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
/** @example nmToLbFt(330) // 243.4 */
export const nmToLbFt = (nm: number): number => nm / NM_PER_LBFT;
/** @example lbFtToNm(243) // 329.5 */
export const lbFtToNm = (lbft: number): number => lbft * NM_PER_LBFT;

/** kWh/100 km → Wh/km. @example kwhPer100KmToWhPerKm(15) // 150 */
export const kwhPer100KmToWhPerKm = (c: number): number => c * 10;
/** Wh/km → kWh/100 km. @example whPerKmToKwhPer100Km(150) // 15 */
export const whPerKmToKwhPer100Km = (c: number): number => c / 10;
/** kWh/100 km → Wh/mi. @example kwhPer100KmToWhPerMile(15) // 241.4 */
export const kwhPer100KmToWhPerMile = (c: number): number => c * 10 * KM_PER_MILE;
/** Wh/mi → kWh/100 km. @example whPerMileToKwhPer100Km(241.4) // 15 */
export const whPerMileToKwhPer100Km = (c: number): number => c / 10 / KM_PER_MILE;
/** kWh/100 km → mi/kWh. @example kwhPer100KmToMilesPerKwh(15) // 4.14 */
export const kwhPer100KmToMilesPerKwh = (c: number): number => 100 / KM_PER_MILE / c;
/** mi/kWh → kWh/100 km. @example milesPerKwhToKwhPer100Km(4.14) // 15 */
export const milesPerKwhToKwhPer100Km = (m: number): number => 100 / KM_PER_MILE / m;
/** kWh/100 km → MPGe (EPA: 33.705 kWh per gallon equivalent). @example kwhPer100KmToMpge(20) // 104.7 */
export const kwhPer100KmToMpge = (c: number): number => (KWH_PER_GALLON_EQUIVALENT * 100) / KM_PER_MILE / c;
/** MPGe → kWh/100 km. @example mpgeToKwhPer100Km(104.7) // 20 */
export const mpgeToKwhPer100Km = (mpge: number): number =>
  (KWH_PER_GALLON_EQUIVALENT * 100) / KM_PER_MILE / mpge;
