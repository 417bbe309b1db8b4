/**
 * The published validation set: real-world measurements of electric MINIs from public sources, each with
 * what was measured, the conditions, and the assumptions we made for conditions the source does not state.
 * The model is never fitted to these; they are how its accuracy and its intervals are measured.
 */
import type { ChargeInput } from '../calc/charging.js';
import type { RangeInput } from '../calc/range.js';

/** What a case measured. */
export type ValidationMeasure =
  | 'consumption'
  | 'consumptionAtPlug'
  | 'range'
  | 'chargeMinutes'
  | 'energyFromGrid';

/** The unit each measure is stated in, as the accuracy tables label it. */
export const MEASURE_UNITS: Readonly<Record<ValidationMeasure, string>> = {
  consumption: 'kWh/100 km',
  consumptionAtPlug: 'kWh/100 km at the plug',
  range: 'km',
  chargeMinutes: 'min',
  energyFromGrid: 'kWh',
};

/** How to reproduce a case with the model: one range calculation, a distance-weighted mix, or a charge. */
export type ValidationCalc =
  | { kind: 'range'; parts: readonly { input: RangeInput; share: number }[] }
  | { kind: 'charge'; input: ChargeInput };

export interface ValidationCase {
  id: string;
  vehicleId: string;
  /** What was measured, in a few words. */
  title: string;
  measure: ValidationMeasure;
  /** The measured value in the unit of `measure`: kWh/100 km, km, min or kWh. */
  measured: number;
  /** The figure as the source gives it. */
  stated: string;
  /** The measurement's own uncertainty, ± % (instrument, weather, reading a display). */
  tolerancePct: number;
  conditions: string;
  /** What we assumed for conditions the source does not state. */
  assumptions: string;
  calc: ValidationCalc;
  source: { publisher: string; title: string; url: string; date?: string };
  /** The kind of test: a lab cycle, a steady-speed run, an owner's log or a charging session. */
  kind: 'lab' | 'steady' | 'mixed' | 'owner' | 'charge';
}

const MI = 1.609344;
const miPerKWh = (x: number) => 100 / (x * MI);
const mpgeToKWhPer100Km = (x: number) => (33.705 / x / MI) * 100;

const insideEvs70 = {
  publisher: 'InsideEVs',
  title: '2020 MINI Cooper SE highway range test at 70 mph',
  url: 'https://insideevs.com/reviews/415276/mini-cooper-se-highway-range-test-70mph/',
  date: '2020-04',
};
const nyland = {
  publisher: 'MINI EV Forum (reporting Bjørn Nyland’s test)',
  title: 'Mini Cooper SE Range Test',
  url: 'https://www.minievforum.com/threads/mini-cooper-se-range-test.1070/',
};
const whatcarCooper = {
  publisher: 'What Car?',
  title: 'Mini Cooper Electric long-term test: report 2',
  url: 'https://www.whatcar.com/news/mini-cooper-electric-long-term-test-report-2/n28673',
  date: '2026-01-19',
};
const adacCooperE = {
  publisher: 'mini-j01-forum.de (quoting the ADAC Ecotest)',
  title: 'ADAC Reichweitentest: Reichweite Mini Cooper: Nur Mittelmaß',
  url: 'https://www.mini-j01-forum.de/forum/user-post-list/68-neuercooper',
};
const autoexpress = {
  publisher: 'Auto Express',
  title: 'MINI Countryman SE ALL4 JCW long-term test',
  url: 'https://www.autoexpress.co.uk/mini/countryman/363864/mini-countryman-se-all4-jcw-long-term-test-groovy-suv-tarnished-troublesome',
  date: '2024-07-28',
};
const epaUnadjusted = {
  publisher: 'InsideEVs Forum (a member quoting EPA’s test report for certificate LBMXV00.0F5B-027)',
  title: 'MINI SE Electric: the EPA range and its 0.7 factor (post)',
  url: 'https://www.insideevsforum.com/community/goto/post?id=132507',
};
const epaTestCars2022 = {
  publisher: 'US EPA',
  title:
    'Data on Cars Used for Testing Fuel Economy, model year 2022 (22-tstcar.csv): MINI COOPER SE HARDTOP 2 DOOR, test vehicle 2N13701',
  url: 'https://www.epa.gov/compliance-and-fuel-economy-data/data-cars-used-testing-fuel-economy',
  date: '2022',
};
/** A mixed real-world route: half urban (WLTC) and half at 110 km/h, by distance. */
const mixedRoute = (c: RangeInput) => [
  { input: { mode: 'wltp' as const, ...c }, share: 0.5 },
  { input: { mode: 'steady' as const, speedKmh: 110, ...c }, share: 0.5 },
];

/**
 * ADAC's Ecotest as we can run it: half the WLTC, half its motorway cycle taken as a steady 115 km/h (the
 * cycle itself is not public), at 23 °C with no climate, as a lab test.
 */
const adacEcotestMix = [
  { input: { mode: 'wltp' as const, tempC: 23, climate: false }, share: 0.5 },
  { input: { speedKmh: 115, tempC: 23, climate: false }, share: 0.5 },
];

export const VALIDATION_CASES: readonly ValidationCase[] = [
  {
    id: 'f56-nyland-90-consumption',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 90 km/h, consumption',
    measure: 'consumption',
    measured: 13,
    stated: 'around 13 kWh/100 km',
    tolerancePct: 10,
    conditions: 'Motorway at a steady 90 km/h, mild weather.',
    assumptions: '18 °C, no heating needed; consumption read off the car’s display (battery side).',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 90, tempC: 18, climate: false }, share: 1 }] },
    source: nyland,
    kind: 'steady',
  },
  {
    id: 'f56-nyland-90-range',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 90 km/h, distance on 96 % of the battery',
    measure: 'range',
    measured: 227,
    stated: '227 km with 4% battery charge left',
    tolerancePct: 10,
    conditions: 'Motorway at a steady 90 km/h from full to 4 %.',
    assumptions: '18 °C, no heating needed.',
    calc: {
      kind: 'range',
      parts: [{ input: { speedKmh: 90, tempC: 18, climate: false, fromPct: 100, toPct: 4 }, share: 1 }],
    },
    source: nyland,
    kind: 'steady',
  },
  {
    id: 'f56-insideevs-56mph-range',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 56 mph (90 km/h), full to empty',
    measure: 'range',
    measured: 132 * MI,
    stated: '132 miles',
    tolerancePct: 8,
    conditions: 'GPS-checked cruise control at 56 mph until the car stopped.',
    assumptions: '17 °C as in the 70 mph run a week later; heating on low.',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 56 * MI, tempC: 17, climate: true }, share: 1 }] },
    source: insideEvs70,
    kind: 'steady',
  },
  {
    id: 'f56-insideevs-56mph-consumption',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 56 mph (90 km/h), consumption',
    measure: 'consumption',
    measured: miPerKWh(4.4),
    stated: '4.4 m/kWh',
    tolerancePct: 8,
    conditions: 'GPS-checked cruise control at 56 mph.',
    assumptions: '17 °C; heating on low; the car’s display (battery side).',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 56 * MI, tempC: 17, climate: true }, share: 1 }] },
    source: insideEvs70,
    kind: 'steady',
  },
  {
    id: 'f56-insideevs-70mph-range',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 70 mph (113 km/h), full to 0 %',
    measure: 'range',
    measured: 108.2 * MI,
    stated: '108.2 miles',
    tolerancePct: 8,
    conditions: '62 °F (17 °C), clear, a 7 mph wind on a loop; heating on low; Green mode.',
    assumptions: 'The wind cancels over the loop.',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 70 * MI, tempC: 17, climate: true }, share: 1 }] },
    source: insideEvs70,
    kind: 'steady',
  },
  {
    id: 'f56-insideevs-70mph-consumption',
    vehicleId: 'cooper-se-f56',
    title: 'Steady 70 mph (113 km/h), consumption',
    measure: 'consumption',
    measured: miPerKWh(3.7),
    stated: '3.7 mi/kWh',
    tolerancePct: 8,
    conditions: '62 °F (17 °C), clear, a 7 mph wind on a loop; heating on low.',
    assumptions: 'The car’s display (battery side).',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 70 * MI, tempC: 17, climate: true }, share: 1 }] },
    source: insideEvs70,
    kind: 'steady',
  },
  {
    id: 'f56-epa-2022-range',
    vehicleId: 'cooper-se-f56',
    title: 'EPA label range, model year 2022',
    measure: 'range',
    measured: 114 * MI,
    stated: 'EPA estimated 114 miles',
    tolerancePct: 5,
    conditions: 'EPA two-cycle test (UDDS and HWFET), adjusted × 0.7, 55 % city.',
    assumptions: 'EPA’s generic 0.7 adjustment (the maker may have used another factor).',
    calc: { kind: 'range', parts: [{ input: { mode: 'epa', tempC: 23, climate: false }, share: 1 }] },
    source: {
      publisher: 'AAA',
      title: '2023 AAA Car Guide Winner: 2023 Mini Cooper SE Hardtop 2 Door',
      url: 'https://ev.aaa.com/articles-archive/2023-car-guide-winner-mini-cooper-se-hardtop/',
      date: '2023-07-19',
    },
    kind: 'lab',
  },
  {
    id: 'f56-epa-2022-mpge',
    vehicleId: 'cooper-se-f56',
    title: 'EPA combined efficiency, at the plug',
    measure: 'consumptionAtPlug',
    measured: mpgeToKWhPer100Km(110),
    stated: '110 MPGe in combined city/highway driving',
    tolerancePct: 6,
    conditions: 'EPA two-cycle test, adjusted × 0.7; energy from the wall.',
    assumptions:
      'Recharged through the US car’s 7.4 kW on-board charger, at our AC efficiency for that power.',
    calc: {
      kind: 'range',
      parts: [{ input: { mode: 'epa', tempC: 23, climate: false, rechargeKW: 7.4 }, share: 1 }],
    },
    source: {
      publisher: 'AAA',
      title: '2023 AAA Car Guide Winner: 2023 Mini Cooper SE Hardtop 2 Door',
      url: 'https://ev.aaa.com/articles-archive/2023-car-guide-winner-mini-cooper-se-hardtop/',
      date: '2023-07-19',
    },
    kind: 'lab',
  },
  {
    id: 'f56-epa-2020-range',
    vehicleId: 'cooper-se-f56',
    title: 'EPA label range, model year 2020',
    measure: 'range',
    measured: 110 * MI,
    stated: '110 miles',
    tolerancePct: 5,
    conditions: 'EPA two-cycle test, adjusted × 0.7 (the 2020 certification).',
    assumptions: 'As for 2022.',
    calc: { kind: 'range', parts: [{ input: { mode: 'epa', tempC: 23, climate: false }, share: 1 }] },
    source: {
      publisher: 'autoevolution',
      title: '2020 MINI Cooper SE driving range rated at 110 miles in the US',
      url: 'https://www.autoevolution.com/news/2020-mini-cooper-se-driving-range-rated-at-110-miles-in-the-us-139772.html',
    },
    kind: 'lab',
  },
  {
    id: 'f56-epa-udds-unadjusted',
    vehicleId: 'cooper-se-f56',
    title: 'EPA city cycle (UDDS) until empty, unadjusted',
    measure: 'range',
    measured: 166.97 * MI,
    stated: 'city cycle miles till exhausted: 166.97',
    tolerancePct: 8,
    conditions: 'Laboratory UDDS repeated to depletion (2020 Cooper SE certification), 20–30 °C, no climate.',
    assumptions:
      'The test runs until the car cannot follow the trace, which may draw on energy below the usable 28.9 kWh.',
    calc: { kind: 'range', parts: [{ input: { mode: 'udds', tempC: 23, climate: false }, share: 1 }] },
    source: epaUnadjusted,
    kind: 'lab',
  },
  {
    id: 'f56-epa-hwfet-unadjusted',
    vehicleId: 'cooper-se-f56',
    title: 'EPA highway cycle (HWFET) until empty, unadjusted',
    measure: 'range',
    measured: 145.62 * MI,
    stated: 'highway cycle miles till exhausted: 145.62',
    tolerancePct: 8,
    conditions: 'Laboratory HWFET repeated to depletion (2020 Cooper SE certification), no climate.',
    assumptions:
      'The test runs until the car cannot follow the trace, which may draw on energy below the usable 28.9 kWh.',
    calc: { kind: 'range', parts: [{ input: { mode: 'hwfet', tempC: 23, climate: false }, share: 1 }] },
    source: epaUnadjusted,
    kind: 'lab',
  },
  {
    id: 'f56-epa-udds-wall',
    vehicleId: 'cooper-se-f56',
    title: 'EPA city cycle (UDDS), energy from the wall, unadjusted',
    measure: 'consumptionAtPlug',
    measured: mpgeToKWhPer100Km(169.6),
    stated: 'Charge Depleting UDDS … 169.6 MPG',
    tolerancePct: 6,
    conditions:
      'Laboratory UDDS to depletion and the recharge from a US Level 2 supply (2022 certification test NBMX10067722), 20–30 °C, no climate.',
    assumptions:
      'Recharged through the US car’s 7.4 kW on-board charger, at our AC efficiency for that power; it does not hold the long low-power end of a full recharge.',
    calc: {
      kind: 'range',
      parts: [{ input: { mode: 'udds', tempC: 23, climate: false, rechargeKW: 7.4 }, share: 1 }],
    },
    source: epaTestCars2022,
    kind: 'lab',
  },
  {
    id: 'f56-epa-hwfet-wall',
    vehicleId: 'cooper-se-f56',
    title: 'EPA highway cycle (HWFET), energy from the wall, unadjusted',
    measure: 'consumptionAtPlug',
    measured: mpgeToKWhPer100Km(143.5),
    stated: 'Charge Depleting Highway … 143.5 MPG',
    tolerancePct: 6,
    conditions:
      'Laboratory HWFET to depletion and the recharge from a US Level 2 supply (2022 certification test NBMX10067727), no climate.',
    assumptions: 'As for the city cycle.',
    calc: {
      kind: 'range',
      parts: [{ input: { mode: 'hwfet', tempC: 23, climate: false, rechargeKW: 7.4 }, share: 1 }],
    },
    source: epaTestCars2022,
    kind: 'lab',
  },
  {
    id: 'f56-caradvice-100kmh',
    vehicleId: 'cooper-se-f56',
    title: 'Highway at about 100 km/h, out and back on one road',
    measure: 'range',
    measured: 200,
    stated: 'the range obtained at such high speeds was more than 200 kilometers',
    tolerancePct: 10,
    conditions:
      'Australian highway averaging about 100 km/h with some elevation, climate control on: out until the battery showed 50 % (after 110 km), then back the same way. The source gives the whole run only as “more than” 200 km.',
    assumptions:
      '25 °C with air conditioning; full to empty. The whole loop is the measurement because out and back on one road its climbs and descents cancel; the outbound half alone (110 km on half the battery) would carry the road’s net climb or fall.',
    calc: {
      kind: 'range',
      parts: [{ input: { speedKmh: 100, tempC: 25, climate: true }, share: 1 }],
    },
    source: {
      publisher: 'BMW Singapore news (reporting CarAdvice’s test)',
      title: '[Video] A review of MINI Electric Range',
      url: 'https://www.bmw-sg.com/bmw-news/video-a-review-of-mini-electric-range/2021/04/15/',
      date: '2021-04-15',
    },
    kind: 'steady',
  },
  {
    id: 'f56-aeva-owner-90',
    vehicleId: 'cooper-se-f56',
    title: 'Owner’s reading on a 90 km/h freeway',
    measure: 'consumption',
    measured: 12.8,
    stated: 'readings of around 12.8 on the freeway (90kph limit)',
    tolerancePct: 10,
    conditions: 'Australian freeway with a 90 km/h limit, an owner’s first days.',
    assumptions: '20 °C, no climate; the car’s display.',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 90, tempC: 20, climate: false }, share: 1 }] },
    source: {
      publisher: 'Australian Electric Vehicle Association forum',
      title: 'Mini Cooper SE mini review',
      url: 'http://forums.aeva.asn.au/viewtopic.php?f=69&t=6670&view=print',
      date: '2020-09-23',
    },
    kind: 'owner',
  },
  {
    id: 'f56-car-uk-60mph',
    vehicleId: 'cooper-se-f56',
    title: 'Dual carriageways at 60 mph, full charge',
    measure: 'range',
    measured: 100 * MI,
    stated: 'even sticking to 60mph, I struggled to crack 100 miles',
    tolerancePct: 12,
    conditions: 'UK dual carriageways at 60 mph, a long-term test car through summer and autumn.',
    assumptions: '12 °C with heating.',
    calc: { kind: 'range', parts: [{ input: { speedKmh: 60 * MI, tempC: 12, climate: true }, share: 1 }] },
    source: {
      publisher: 'CAR magazine (UK)',
      title: 'Distance learning: Mini Electric long-term test',
      url: 'http://www.pressreader.com/uk/car-uk/20201201/283695482056566',
      date: '2020-12-01',
    },
    kind: 'owner',
  },
  {
    id: 'f56-motoarc-india',
    vehicleId: 'cooper-se-f56',
    title: 'Heavy city traffic and some highway, AC on, full to empty',
    measure: 'range',
    measured: 225.7,
    stated: 'a driving range of 225.7km',
    tolerancePct: 12,
    conditions:
      'Indian test route: heavy city traffic and moderate highway, air conditioning on, high regeneration.',
    assumptions: '30 °C; the mix as the WLTP cycle (mostly urban, some fast road).',
    calc: { kind: 'range', parts: [{ input: { mode: 'wltp', tempC: 30, climate: true }, share: 1 }] },
    source: {
      publisher: 'Motoarc',
      title: 'Mini Cooper SE — Claimed range',
      url: 'https://motoarc.com/mini-cooper-se-claimed-range',
    },
    kind: 'mixed',
  },
  {
    id: 'f56-anzeiger-winter',
    vehicleId: 'cooper-se-f56',
    title: 'Average over a test week in early winter',
    measure: 'consumption',
    measured: 18,
    stated: 'gemessenen Durchschnittsverbrauch von 18 kWh/100 km',
    tolerancePct: 12,
    conditions: 'Swiss roads at single-digit temperatures on winter tyres.',
    assumptions: '5 °C with heating; mixed driving as the WLTP cycle; trips of about 15 km.',
    calc: {
      kind: 'range',
      parts: [{ input: { mode: 'wltp', tempC: 5, climate: true, tripKm: 15 }, share: 1 }],
    },
    source: {
      publisher: 'Anzeiger Luzern',
      title: 'Spassig ja, aber auf kurzer Strecke',
      url: 'https://anzeiger-luzern.ch/aktuell/mobilitaet/mobilitaet-detail/spassig-ja-aber-auf-kurzer-strecke',
    },
    kind: 'owner',
  },
  {
    id: 'f56-autotrader-green-plus',
    vehicleId: 'cooper-se-f56',
    title: 'Mixed UK roads in Green+ (climate off), full charge',
    measure: 'range',
    measured: 98 * MI,
    stated: 'with a full battery achieved a range of 98 miles',
    tolerancePct: 12,
    conditions: 'Auto Trader’s mixed route in March, Green+ mode (heating off).',
    assumptions: '8 °C, climate off; half urban (WLTC), half at 110 km/h.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 8, climate: false }) },
    source: {
      publisher: 'Hora Prensa (reporting Rory Reid’s Auto Trader test)',
      title: 'Electric MINI Cooper SE Review And Range Test',
      url: 'https://horaprensa.com/car-reviews/electric-mini-cooper-se-review-and-range-test/',
    },
    kind: 'mixed',
  },
  {
    id: 'f56-noen-green-plus',
    vehicleId: 'cooper-se-f56',
    title: 'A test drive in Green+ (climate off), full charge',
    measure: 'range',
    measured: 175,
    stated: 'Wir kamen im Modus Green+ (Klimaautomatik deaktiviert) auf gerade einmal 175 Kilometer',
    tolerancePct: 12,
    conditions:
      'NÖN’s test of the F56 in Lower Austria, published in late September 2021: the range reached in Green+ mode, which switches the climate control off. Route and weather are not given.',
    assumptions:
      '15 °C (a Lower Austrian September), climate off; half urban (WLTC), half at 110 km/h; full to empty.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 15, climate: false }) },
    source: {
      publisher: 'NÖN (Niederösterreichische Nachrichten)',
      title: 'Einmal Maxi – einmal Mini',
      url: 'https://m.noen.at/auto-motor/mini-cooper-se-einmal-maxi-einmal-mini-print-mini-cooper-se-mini-cooper-291839564',
      date: '2021-09-23',
    },
    kind: 'mixed',
  },
  {
    id: 'f56-weekendpost-melbourne',
    vehicleId: 'cooper-se-f56',
    title: 'A 104 km drive around Melbourne on 48 % of the battery',
    measure: 'range',
    measured: 104,
    stated:
      'the battery at 94 per cent charge. After a 104km drive around Melbourne, including about 25km of freeway, I returned the car with a claimed 46 per cent',
    tolerancePct: 12,
    conditions:
      'A press car driven around Melbourne in the Australian winter (published 18 July 2020), about 25 of the 104 km on the freeway, the rest in town with strong regeneration; charge read off the display.',
    assumptions:
      '12 °C (a Melbourne July day) with heating, one 104 km trip; the 79 km in town as the EPA city trace (UDDS), the 25 km of freeway at a steady 100 km/h (Victoria’s limit); the window 94 → 46 %.',
    calc: {
      kind: 'range',
      parts: [
        {
          input: { mode: 'udds', tempC: 12, climate: true, tripKm: 104, fromPct: 94, toPct: 46 },
          share: 79 / 104,
        },
        {
          input: { speedKmh: 100, tempC: 12, climate: true, tripKm: 104, fromPct: 94, toPct: 46 },
          share: 25 / 104,
        },
      ],
    },
    source: {
      publisher: 'The Weekend Post (Australia), via PressReader',
      title: 'Mini charges ahead',
      url: 'http://www.pressreader.com/australia/the-weekend-post/20200718/282286732574493',
      date: '2020-07-18',
    },
    kind: 'mixed',
  },
  {
    id: 'f56-motoringfile-mixed',
    vehicleId: 'cooper-se-f56',
    title: 'Equal parts city and highway on a 60 °F day, full charge',
    measure: 'range',
    measured: 125 * MI,
    stated:
      'I drove equal parts city and highway, and came away with at least 125 miles of range (on a 60 degree day)',
    tolerancePct: 12,
    conditions:
      'MotoringFile’s time with a US car: half city, half highway at 60 °F. The source gives the range as “at least” 125 miles: a lower bound.',
    assumptions: '16 °C with climate on; half urban (WLTC), half at 110 km/h; full to empty.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 16, climate: true }) },
    source: {
      publisher: 'MotoringFile',
      title: 'A technical deep dive video on the electric MINI Cooper SE',
      url: 'https://www.motoringfile.com/2020/08/31/a-technical-deep-dive-video-on-the-electric-mini-cooper-se/',
      date: '2020-08-31',
    },
    kind: 'mixed',
  },
  {
    id: 'f56-drivingelectric-dc-10-80',
    vehicleId: 'cooper-se-f56',
    title: 'Fast charge 10–80 % on a 50 kW charger',
    measure: 'chargeMinutes',
    measured: 28,
    stated: 'a more realistic 10 to 80% charge from the same source takes 28 minutes',
    tolerancePct: 10,
    conditions: 'DrivingElectric’s figure for a 50 kW public charger, beside MINI’s 0–80 % in 35 minutes.',
    assumptions: 'A 50 kW (125 A) charger; battery warm.',
    calc: { kind: 'charge', input: { fromPct: 10, toPct: 80, chargerKW: 50 } },
    source: {
      publisher: 'DrivingElectric',
      title: 'MINI Electric review: range, battery & charging',
      url: 'https://drivingelectric.com/mini/hatchback/1506/mini-electric-range-battery-charging',
    },
    kind: 'charge',
  },
  {
    id: 'f56-owner-ac-10-90',
    vehicleId: 'cooper-se-f56',
    title: 'Home AC charge 10–90 % on a 32 A Level 2 cable',
    measure: 'chargeMinutes',
    measured: 180,
    stated: 'The car charges in about 3 hours from 10% to 90%',
    tolerancePct: 15,
    conditions: 'A US owner’s everyday charging on a generic 32 A J1772 (240 V) cable, as told on a forum.',
    assumptions:
      'The US car’s 7.4 kW on-board charger sets the power (a 32 A, 240 V cable offers 7.7 kW); “about 3 hours” read as 180 minutes; mild weather.',
    calc: { kind: 'charge', input: { fromPct: 10, toPct: 90, ac: true, chargerKW: 7.4 } },
    source: {
      publisher: 'InsideEVs Forum',
      title: 'MINI Cooper SE Owner’s Manual',
      url: 'https://www.insideevsforum.com/community/index.php?threads/mini-cooper-se-owners-manual.8564/',
    },
    kind: 'charge',
  },
  {
    id: 'f56-frankfurt-dc-to-80',
    vehicleId: 'cooper-se-f56',
    title: 'Fast charge from almost empty to 80 % on a 50 kW charger',
    measure: 'chargeMinutes',
    measured: 35,
    stated: 'Replenishing the almost fully depleted battery to 80 percent … took 35 minutes',
    tolerancePct: 10,
    conditions: 'A3 motorway charger on the Munich–Frankfurt drive, September 2019.',
    assumptions: '“Almost fully depleted” taken as 5 %; a 50 kW (125 A) charger; battery warm from driving.',
    calc: { kind: 'charge', input: { fromPct: 5, toPct: 80, chargerKW: 50 } },
    source: {
      publisher: 'Carscoops',
      title: 'Mini Cooper SE drove to Frankfurt on its own power',
      url: 'https://carscoops.com/?p=1892377',
      date: '2019-09',
    },
    kind: 'charge',
  },
  {
    id: 'j01-e-adac-ecotest',
    vehicleId: 'cooper-e-j01',
    title: 'ADAC Ecotest consumption with charging losses',
    measure: 'consumptionAtPlug',
    measured: 17.1,
    stated: 'Im ADAC Ecotest liegt der Verbrauch mit 17,1 kWh/100 km',
    tolerancePct: 6,
    conditions: 'ADAC Ecotest on a dynamometer: the WLTC plus ADAC’s motorway cycle, energy from the wall.',
    assumptions: 'Half WLTC, half a motorway part taken as a steady 115 km/h; 23 °C, no climate.',
    calc: { kind: 'range', parts: adacEcotestMix },
    source: adacCooperE,
    kind: 'lab',
  },
  {
    id: 'j01-e-adac-ecotest-range',
    vehicleId: 'cooper-e-j01',
    title: 'ADAC Ecotest range on the usable battery',
    measure: 'range',
    measured: 235,
    stated:
      'Im ADAC Ecotest kommt der Mini mit kleiner Batterie und dem Basismotor allerdings nur 235 Kilometer weit',
    tolerancePct: 6,
    conditions:
      'The same Ecotest run as the consumption at the plug: the WLTC plus ADAC’s motorway cycle on a dynamometer, the usable 36.6 kWh from full to empty.',
    assumptions:
      'As for the Cooper E’s Ecotest consumption: half WLTC, half a steady 115 km/h; 23 °C, no climate.',
    calc: { kind: 'range', parts: adacEcotestMix },
    source: adacCooperE,
    kind: 'lab',
  },
  {
    id: 'f56-adac-ecotest',
    vehicleId: 'cooper-se-f56',
    title: 'ADAC Ecotest consumption with charging losses',
    measure: 'consumptionAtPlug',
    measured: 17.6,
    stated: 'der Mini Cooper SE (17,6 kWh)',
    tolerancePct: 6,
    conditions:
      'ADAC Ecotest on a dynamometer: the WLTC plus ADAC’s motorway cycle (up to 130 km/h), energy from the wall.',
    assumptions: 'As for the Cooper E’s Ecotest: half WLTC, half a steady 115 km/h; 23 °C, no climate.',
    calc: { kind: 'range', parts: adacEcotestMix },
    source: {
      publisher: 'Elektroauto-News.net (reporting ADAC’s Ecotest results)',
      title: 'Elektroautos im ADAC Ecotest: Hyundai Ioniq am sparsamsten',
      url: 'https://www.elektroauto-news.net/news/elektroautos-adac-ecotest-hyundai-ioniq-am-sparsamsten',
    },
    kind: 'lab',
  },
  {
    id: 'j01-e-adac-charge-energy',
    vehicleId: 'cooper-e-j01',
    title: 'ADAC: energy from the wall to fill the battery on AC',
    measure: 'energyFromGrid',
    measured: 40.6,
    stated: '40,6 kWh benötigt, um die 36,6 kWh nutzbare Kapazität … aufzuladen',
    tolerancePct: 3,
    conditions: 'A full AC charge of the 36.6 kWh usable battery, metered at the wall.',
    assumptions: 'On the car’s 11 kW on-board charger, from empty to full.',
    calc: { kind: 'charge', input: { fromPct: 0, toPct: 100, ac: true } },
    source: adacCooperE,
    kind: 'charge',
  },
  {
    id: 'j01-se-whatcar-test-range',
    vehicleId: 'cooper-se-j01',
    title: 'What Car? test range',
    measure: 'range',
    measured: 217 * MI,
    stated: 'Test range 217 miles',
    tolerancePct: 10,
    conditions: 'What Car?’s real-world range test on a mixed route.',
    assumptions: '15 °C with climate; half urban (WLTC), half at 110 km/h.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 15, climate: true }) },
    source: whatcarCooper,
    kind: 'mixed',
  },
  {
    id: 'aceman-se-leaseplan-cold-week',
    vehicleId: 'aceman-se',
    title: 'A week in cold weather, average consumption',
    measure: 'consumption',
    measured: 18.7,
    stated: 'une consommation moyenne de 18,7 kWh/100 km',
    tolerancePct: 12,
    conditions: 'A week of everyday driving in Belgium in cold weather, December 2024.',
    assumptions: '3 °C with heating; mixed driving as the WLTP cycle; trips of about 20 km.',
    calc: {
      kind: 'range',
      parts: [{ input: { mode: 'wltp', tempC: 3, climate: true, tripKm: 20 }, share: 1 }],
    },
    source: {
      publisher: 'LeasePlan Belgium',
      title: 'MINI Aceman SE – revue',
      url: 'https://leaseplan.com/fr-be/get-inspired/revues-de-voitures/mini-aceman-se-202412-revue',
      date: '2024-12',
    },
    kind: 'owner',
  },
  {
    id: 'countryman-e-whatcar-test-range',
    vehicleId: 'countryman-e',
    title: 'What Car? test range',
    measure: 'range',
    measured: 242 * MI,
    stated: 'Test range 242 miles',
    tolerancePct: 10,
    conditions: 'What Car?’s real-world range test on a mixed route.',
    assumptions: '15 °C with climate; half urban (WLTC), half at 110 km/h.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 15, climate: true }) },
    source: {
      publisher: 'What Car?',
      title: 'Mini Countryman EV long-term test: report 5',
      url: 'https://www.whatcar.com/news/mini-countryman-ev-long-term-test-report-5/n27438',
      date: '2025-02-17',
    },
    kind: 'mixed',
  },
  {
    id: 'countryman-se-all4-owner-summer',
    vehicleId: 'countryman-se-all4',
    title: 'Long-term test, summer efficiency',
    measure: 'consumption',
    measured: miPerKWh(3.5),
    stated: 'miles per kWh readings dropping from 3.5',
    tolerancePct: 12,
    conditions: 'Everyday London driving and occasional motorway, summer; the car’s display.',
    assumptions: '18 °C with climate; half urban (WLTC), half at 110 km/h.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 18, climate: true }) },
    source: autoexpress,
    kind: 'owner',
  },
  {
    id: 'countryman-se-all4-owner-winter',
    vehicleId: 'countryman-se-all4',
    title: 'Long-term test, winter efficiency',
    measure: 'consumption',
    measured: miPerKWh(3.1),
    stated: 'to 3.1 due to the effects of winter',
    tolerancePct: 12,
    conditions: 'Everyday London driving in winter; the car’s display.',
    assumptions: '5 °C with heating; half urban (WLTC), half at 110 km/h; trips of about 25 km.',
    calc: { kind: 'range', parts: mixedRoute({ tempC: 5, climate: true, tripKm: 25 }) },
    source: autoexpress,
    kind: 'owner',
  },
  {
    id: 'countryman-se-all4-motorway-dc-22-56',
    vehicleId: 'countryman-se-all4',
    title: 'Motorway fast charge from 22 to 56 % in winter',
    measure: 'chargeMinutes',
    measured: 14,
    stated: 'for the sake of a 14-minute wait',
    tolerancePct: 15,
    conditions:
      'A UK motorway service-station fast charger in icy weather, reached with the car’s navigation; 22 % at the plug-in and 56 % on return, read from the MINI app.',
    assumptions:
      'A 150 kW charger; navigating to it warmed the pack (taken as 25 °C); the 14 minutes are the session from 22 to 56 %.',
    calc: { kind: 'charge', input: { fromPct: 22, toPct: 56, chargerKW: 150 } },
    source: {
      publisher: 'Motors Machine (republishing Auto Express’s long-term test)',
      title: 'MINI Countryman SE ALL4 JCW long-term test: groovy SUV is tarnished by troublesome tech',
      url: 'https://motorsmachine.com/mini-countryman-se-all4-jcw-long-term-test-groovy-suv-is-tarnished-by-troublesome-tech/',
    },
    kind: 'charge',
  },
  {
    id: 'countryman-e-ionity-dc-30-92',
    vehicleId: 'countryman-e',
    title: 'Motorway fast charge from 30 to 92 % at an Ionity station',
    measure: 'chargeMinutes',
    measured: 25,
    stated: 'ricaricato fino al 92% in circa 25 minuti',
    tolerancePct: 15,
    conditions:
      'A press test drive from Milan to South Tyrol in early summer 2024: arrived at the Ionity station at Affi (Verona) with 30 % after the motorway from Milan, and charged to 92 % in “about 25 minutes”.',
    assumptions:
      'Ionity’s chargers (350 kW) do not limit the car; the motorway drive warmed the pack (taken as 25 °C); “about 25 minutes” read as 25.',
    calc: { kind: 'charge', input: { fromPct: 30, toPct: 92, chargerKW: 350 } },
    source: {
      publisher: 'Tgcom24',
      title: 'Mini Countryman E 2024: la prova su strada',
      url: 'https://www.tgcom24.mediaset.it/motori/mini-countryman-e-2024-la-prova-su-strada_84366388-202402k.shtml',
      date: '2024-07',
    },
    kind: 'charge',
  },
];
