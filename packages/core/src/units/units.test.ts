import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantityParseError } from '../errors.js';
import * as u from '../index.js';

describe('conversions against known values', () => {
  it('keeps PS and hp apart', () => {
    expect(u.psToKw(184)).toBeCloseTo(135.33, 2);
    expect(u.kwToHp(135)).toBeCloseTo(181.04, 2);
    expect(u.hpToKw(47)).toBeCloseTo(35.05, 2);
    expect(u.kwToPs(160)).toBeCloseTo(217.5, 1);
  });
  it('distance, speed, temperature, length, mass, torque', () => {
    expect(u.milesToKm(250)).toBeCloseTo(402.34, 2);
    expect(u.mphToKmh(62)).toBeCloseTo(99.78, 2);
    expect(u.fToC(62)).toBeCloseTo(16.667, 3);
    expect(u.cToF(-10)).toBe(14);
    expect(u.feetToMm(11.5)).toBeCloseTo(3505.2, 1);
    expect(u.kgToLb(1680)).toBeCloseTo(3703.76, 1);
    expect(u.nmToLbFt(330)).toBeCloseTo(243.4, 1);
  });
  it('consumption in every common unit', () => {
    expect(u.kwhPer100KmToWhPerKm(15)).toBe(150);
    expect(u.kwhPer100KmToWhPerMile(15)).toBeCloseTo(241.4, 1);
    expect(u.kwhPer100KmToMilesPerKwh(15)).toBeCloseTo(4.142, 3);
    // EPA: 33.705 kWh per gallon; 100 MPGe ≈ 20.94 kWh/100 km
    expect(u.mpgeToKwhPer100Km(100)).toBeCloseTo(20.94, 2);
  });
});

describe('parseQuantity', () => {
  it('reads EPA’s coast-down units: lbf, lbf/mph and lbf/mph² (written **2 in EPA’s file)', () => {
    expect(u.parseQuantity('27.400 lbf', 'force').value).toBeCloseTo(121.88, 2);
    expect(u.parseQuantity('0.4310 lbf/mph', 'forcePerSpeed').value).toBeCloseTo(1.19128, 4);
    expect(u.parseQuantity('0.01495 lbf/mph**2', 'forcePerSpeedSquared').value).toBeCloseTo(0.025676, 5);
    expect(u.parseQuantity('0.01495 lbf/mph²', 'forcePerSpeedSquared').value).toBeCloseTo(0.025676, 5);
    expect(u.parseQuantity('3500 lbs', 'mass').value).toBeCloseTo(1587.57, 1);
    expect(() => u.parseQuantity('27.4 lbf', 'mass')).toThrow();
  });
  it('reads a decimal comma as Europe writes it, and three digits after a comma as thousands', () => {
    expect(u.parseQuantity('14,7 kWh/100 km').value).toBeCloseTo(14.7, 9);
    expect(u.parseQuantity('14,7 kWh/100 km').resolution).toBeCloseTo(0.05, 9);
    expect(u.parseQuantity('42,5-kWh-Akku', 'energy').value).toBeCloseTo(42.5, 9);
    expect(u.parseQuantity('1,754mm wide').value).toBe(1754);
    expect(u.parseQuantity('1,754.5 mm').value).toBeCloseTo(1754.5, 9);
    expect(u.findQuantities('14,7-16,4 kWh/100 km').map((q) => q.value)).toEqual([14.7, 16.4]);
    expect(u.parseQuantity('in 7,9 Sekunden auf Tempo 100', 'time').value).toBeCloseTo(7.9, 9);
  });
  it('reads hours written in words, in English and Italian', () => {
    const h = (t: string) => u.parseQuantity(t, 'time').value / 3600;
    expect(h('an hour')).toBe(1);
    expect(h('two and a half hours')).toBe(2.5);
    expect(h('an hour and a half')).toBe(1.5);
    expect(h('un’ora e mezza dallo 0 al 100%')).toBe(1.5);
    expect(h("un'ora")).toBe(1);
    expect(() => u.parseQuantity('another hour', 'time')).toThrow();
    expect(() => u.parseQuantity('one more', 'time')).toThrow();
  });
  it('reads minutes in Italian and German as in English', () => {
    const min = (t: string) => u.parseQuantity(t, 'time').value / 60;
    expect(min('poco meno di 30 minuti')).toBe(30);
    expect(min('28 Minuten')).toBe(28);
    expect(min('35 minutes')).toBe(35);
    expect(() => u.parseQuantity('30 minutissimi', 'time')).toThrow();
  });
  it.each([
    ['70 mph', 'speed', 112.65],
    ['62 F', 'temperature', 16.67],
    ['-10 °C', 'temperature', -10],
    ['250-mile', 'distance', 402.34],
    ['11.5 feet', 'length', 3505.2],
    ['184 PS', 'power', 135.33],
    ['184 hp', 'power', 137.21],
    ['120km/h', 'speed', 120],
    ['300mi', 'distance', 482.8],
    ['17.2 kWh/100 km', 'consumption', 17.2],
    ['4 mi/kWh', 'consumption', 15.53],
    ['2.5 hours', 'time', 9000],
    ['RMB 1.7 billion', 'money', 1.7e9],
    ['one in five', 'percent', 20],
  ] as const)('%s → %s %d', (text, dim, value) => {
    const q = u.parseQuantity(text);
    expect(q.dimension).toBe(dim);
    expect(q.value).toBeCloseTo(value, 1);
  });
  it('reads grid CO2 intensity in grams or pounds per kWh, and not a bare pound as one', () => {
    expect(u.parseQuantity('124 gCO2/kWh', 'emissionIntensity').value).toBe(124);
    expect(u.parseQuantity('381 g CO₂eq per kWh', 'emissionIntensity').value).toBe(381);
    const lb = u.parseQuantity('about 0.81 pounds of CO2 emissions per kWh', 'emissionIntensity');
    expect(lb.value).toBeCloseTo(367.4, 1);
    expect(lb.resolution).toBeCloseTo(2.27, 2);
    expect(u.parseQuantity('0.81 pounds', 'mass').value).toBeCloseTo(0.367, 3);
    expect(() => u.parseQuantity('0.81 pounds', 'emissionIntensity')).toThrow();
  });

  it('finds the quantity of the asked dimension inside a sentence', () => {
    expect(u.parseQuantity('0–62 mph in 6.7 seconds', 'time').value).toBe(6.7);
    expect(u.parseQuantity('0–62 mph in 6.7 seconds', 'speed').value).toBeCloseTo(99.78, 2);
  });
  it('reports the rounding of the written figure', () => {
    expect(u.parseQuantity('250-mile').resolution).toBeCloseTo(0.8047, 3);
    expect(u.parseQuantity('28.9 kWh').resolution).toBeCloseTo(0.05, 6);
  });
  it('throws a typed error on garbage', () => {
    expect(() => u.parseQuantity('fast', 'speed')).toThrow(QuantityParseError);
    expect(() => u.parseQuantity('70 mph', 'temperature')).toThrow(/temperature/);
  });
});

describe('round trips (property)', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
  const pairs: [string, (x: number) => number, (x: number) => number, fc.Arbitrary<number>][] = [
    ['kW↔PS', u.kwToPs, u.psToKw, finite],
    ['kW↔hp', u.kwToHp, u.hpToKw, finite],
    ['km↔mi', u.kmToMiles, u.milesToKm, finite],
    ['km/h↔mph', u.kmhToMph, u.mphToKmh, finite],
    ['°C↔°F', u.cToF, u.fToC, finite],
    ['kg↔lb', u.kgToLb, u.lbToKg, finite],
    ['kWh/100km↔mi/kWh', u.kwhPer100KmToMilesPerKwh, u.milesPerKwhToKwhPer100Km, positive],
    ['kWh/100km↔MPGe', u.kwhPer100KmToMpge, u.mpgeToKwhPer100Km, positive],
    ['kWh/100km↔Wh/mi', u.kwhPer100KmToWhPerMile, u.whPerMileToKwhPer100Km, finite],
  ];
  it.each(pairs)('%s', (_name, there, back, arb) => {
    fc.assert(fc.property(arb, (x) => Math.abs(back(there(x)) - x) <= 1e-9 * Math.max(1, Math.abs(x))));
  });
  it('parsing a formatted speed gives the number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (n) => {
        expect(u.parseQuantity(`${n} km/h`).value).toBe(n);
        expect(u.parseQuantity(`${n}mph`).value).toBeCloseTo(n * 1.609344, 9);
      }),
    );
  });
});

describe('parsePrice', () => {
  it.each([
    ['€39.43 per 100 kWh', 0.3943, 'EUR', 'kWh'],
    ['24.50p/ kWh', 0.245, 'GBP', 'kWh'],
    ['142p', 1.42, 'GBP', undefined],
    ['15.45 ¢/kWh', 0.1545, 'USD', 'kWh'],
    ['$3.31 per gallon', 3.31 / 3.785411784, 'USD', 'L'],
    ['0,59 Euro/kWh', 0.59, 'EUR', 'kWh'],
    ['48.83 yuan for every 100 kWh', 0.4883, 'CNY', 'kWh'],
    ['8.05 元/升', 8.05, 'CNY', 'L'],
  ])('reads %s', (text, value, currency, per) => {
    const p = u.parsePrice(text);
    expect(p.value).toBeCloseTo(value, 9);
    expect(p.currency).toBe(currency);
    expect(p.per).toBe(per);
  });
  it('refuses text with no price', () => {
    expect(() => u.parsePrice('no price here')).toThrow(QuantityParseError);
  });
});

describe('gallons by market', () => {
  it('reads mpg and price per gallon in UK gallons for a British reader, US gallons otherwise', () => {
    // 6.5 L/100 km is 36.2 mpg (US) and 43.5 mpg (UK): the same car, two gallons.
    expect(u.toShown('fuelConsumption', 6.5, 'imperial')).toBeCloseTo(36.19, 2);
    expect(u.toShown('fuelConsumption', 6.5, 'imperial', 'uk')).toBeCloseTo(43.46, 2);
    expect(u.unitOf('pricePerLitre', 'imperial', 'uk')).toBe('per UK gal');
    expect(u.toShown('pricePerLitre', 1.42, 'imperial', 'uk')).toBeCloseTo(6.455, 3);
    expect(
      u.fromShown('pricePerLitre', u.toShown('pricePerLitre', 1.42, 'imperial', 'uk'), 'imperial', 'uk'),
    ).toBeCloseTo(1.42, 12);
    expect(u.formatFuelVolume(454.609, { system: 'imperial', gallon: 'uk' })).toBe('100 UK gal');
  });
});
