/**
 * The contracts of the four calculations: range, charge, cost and trip. One set of defaults, explained in
 * docs/model.md ("Defaults"): what a typical driver in Europe would try first.
 */
import type { Figure, Market } from '../schema/index.js';
import { cToF } from '../units/convert.js';
import type { Contract, Field, FieldContext } from './contract.js';
import { quantityText, type UnitSystem } from './quantity.js';

/** A figure inside a help sentence, in a unit system. */
type HelpFigure = (quantity: 'temperature' | 'distance', metric: number) => string;
/** A temperature difference in a system: 10 K is 18 °F. */
const differenceIn = (system: UnitSystem, kelvin: number) =>
  system === 'imperial' ? `${Math.round(cToF(kelvin) - cToF(0))} °F` : `${kelvin} °C`;

/**
 * A help sentence that holds figures: `help` is its metric form (what faces and scripts have always read),
 * `helpIn` the same sentence in either system.
 */
function helpWith(sentence: (figure: HelpFigure, difference: (kelvin: number) => string) => string) {
  const inSystem = (system: UnitSystem) =>
    sentence(
      (q, metric) => quantityText(q, metric, system),
      (kelvin) => differenceIn(system, kelvin),
    );
  return { help: inSystem('metric'), helpIn: inSystem };
}

/** The cost fields a market can fill in. */
export type MarketCostField = 'homePricePerKWh' | 'publicPricePerKWh' | 'gridGCO2PerKWh' | 'pricePerLitre';
export const MARKET_COST_FIELDS: readonly MarketCostField[] = [
  'homePricePerKWh',
  'publicPricePerKWh',
  'gridGCO2PerKWh',
  'pricePerLitre',
];

/**
 * The market figure behind a cost field, when the inputs name a market (`input.market`, a record of the data
 * set) that holds one: its household or public electricity price, its grid intensity, or the price of the
 * fuel chosen (`input.fuel`).
 */
export function marketFigureFor(
  key: MarketCostField,
  input: Readonly<Record<string, unknown>>,
): Figure | undefined {
  const m = input.market as Market | undefined;
  if (!m) return undefined;
  if (key === 'homePricePerKWh') return m.prices.homeElectricity;
  if (key === 'publicPricePerKWh') return m.prices.publicFastCharging;
  if (key === 'gridGCO2PerKWh') return m.gridGCO2PerKWh;
  return input.fuel === 'diesel' ? m.prices.diesel : m.prices.petrol;
}

/** A price's default: the market's sourced figure when a market is chosen (none if it has none), else `fallback`. */
const marketDefault =
  (key: MarketCostField, fallback: number | undefined) =>
  ({ input }: FieldContext): number | undefined =>
    input.market ? marketFigureFor(key, input)?.value : fallback;

const pct = { metric: 5, imperial: 5 };
const topSpeedCap = ({ car }: FieldContext) =>
  car ? { value: car.topSpeedKmh, reason: 'the car’s top speed' } : undefined;

/** The conditions of a drive, shared by range and trip (one definition, so the two cannot drift). */
const DRIVING_CONDITIONS = [
  {
    key: 'tempC',
    type: 'number',
    quantity: 'temperature',
    label: 'Outside temperature',
    help: 'Air temperature: sets air density, tyre losses, heating or cooling and usable energy.',
    default: 20,
    min: -30,
    max: 45,
    step: { metric: 5, imperial: 5 },
  },
  {
    key: 'climate',
    type: 'boolean',
    label: 'Heating and air conditioning',
    ...helpWith(
      (t) =>
        `Cabin heating below ${t('temperature', 18)} or cooling above ${t('temperature', 24)}, as the temperature needs.`,
    ),
    default: true,
  },
  {
    key: 'payloadKg',
    type: 'number',
    quantity: 'mass',
    label: 'Extra load',
    help: 'Passengers and luggage beyond the driver.',
    default: 0,
    min: 0,
    max: 500,
    step: { metric: 25, imperial: 50 },
  },
] as const satisfies readonly Field[];

/** Range and consumption at a steady speed or over a drive cycle. */
export const RANGE_CONTRACT = {
  name: 'range',
  title: 'Range',
  summary: 'How far the car goes, and what it uses, at a steady speed or over a drive cycle.',
  fields: [
    {
      key: 'mode',
      type: 'choice',
      label: 'Driving',
      help: 'A steady speed, or one of the official drive cycles.',
      choices: [
        { value: 'steady', label: 'Steady speed' },
        { value: 'wltp', label: 'WLTP cycle (WLTC class 3b)' },
        { value: 'udds', label: 'EPA city (UDDS)' },
        { value: 'hwfet', label: 'EPA highway (HWFET)' },
        { value: 'epa', label: 'EPA-style combined (0.7 × 55 % city + 45 % highway)' },
        { value: 'nedc', label: 'NEDC (the older European cycle)' },
      ],
      default: 'steady',
    },
    {
      key: 'speedKmh',
      type: 'number',
      quantity: 'speed',
      label: 'Speed',
      help: 'Steady cruising speed; above the car’s top speed the top speed is used.',
      default: 110,
      min: 5,
      max: 250,
      step: { metric: 10, imperial: 5 },
      cap: topSpeedCap,
      applies: (i) => i.mode === undefined || i.mode === 'steady',
    },
    ...DRIVING_CONDITIONS,
    {
      key: 'fromPct',
      type: 'number',
      quantity: 'percent',
      label: 'Start charge',
      help: 'State of charge when you set off.',
      default: 100,
      min: 1,
      max: 100,
      step: pct,
    },
    {
      key: 'toPct',
      type: 'number',
      quantity: 'percent',
      label: 'Keep in reserve',
      help: 'State of charge you want left at the end; 0 % drives the battery empty, as range ratings do.',
      default: 0,
      min: 0,
      max: 99,
      step: pct,
    },
  ],
  rules: [
    {
      fields: ['toPct', 'fromPct'],
      ok: (i) => (i.toPct as number) < (i.fromPct as number),
      message: '{toPct} must be below {fromPct}',
    },
  ],
} as const satisfies Contract<'range'>;

/** A charging session on DC or AC. */
export const CHARGE_CONTRACT = {
  name: 'charge',
  title: 'Charging',
  summary: 'How long a charge takes on a DC charger or an AC wall box, and the energy it takes.',
  fields: [
    {
      key: 'ac',
      type: 'boolean',
      label: 'AC wall box',
      help: 'Charge on AC (a wall box or public AC post) instead of a DC fast charger.',
      default: false,
      // A car with no DC fast charging charges on AC unless told otherwise.
      carDefault: ({ car }) => (car && car.dcPeakKW === undefined ? true : undefined),
    },
    {
      key: 'fromPct',
      type: 'number',
      quantity: 'percent',
      label: 'From',
      help: 'State of charge when you plug in.',
      default: 10,
      min: 0,
      max: 100,
      step: pct,
    },
    {
      key: 'toPct',
      type: 'number',
      quantity: 'percent',
      label: 'To',
      help: 'State of charge when you unplug.',
      default: 80,
      min: 0,
      max: 100,
      step: pct,
    },
    {
      key: 'chargerKW',
      type: 'number',
      quantity: 'power',
      label: 'Charger power',
      help: 'The DC charger’s rating, or the wall box’s on AC; the car takes what it can.',
      default: ({ car, input }) => (input.ac ? (car?.acKW ?? 11) : 150),
      defaultText: '150 kW on DC; the car’s on-board charger on AC',
      min: ({ input }) => (input.ac ? 1.4 : 5),
      max: ({ input }) => (input.ac ? 22 : 400),
      step: ({ input }) => (input.ac ? { metric: 0.1, imperial: 0.1 } : { metric: 25, imperial: 25 }),
    },
    {
      key: 'batteryTempC',
      type: 'number',
      quantity: 'temperature',
      label: 'Battery temperature',
      ...helpWith(
        (t) =>
          `The battery’s temperature when you plug in: a cold one accepts less power on DC until it warms as it charges; ${t('temperature', 25)} is a warm, preconditioned pack.`,
      ),
      default: 25,
      min: -30,
      max: 60,
      step: { metric: 5, imperial: 5 },
      applies: (i) => !i.ac,
    },
    {
      key: 'pricePerKWh',
      type: 'number',
      quantity: 'pricePerKWh',
      label: 'Price per kWh',
      help: 'What a kWh costs at this charger or socket, in your currency (optional): gives the session’s cost, on the energy drawn.',
      min: 0,
      max: 5,
      step: { metric: 0.01, imperial: 0.01 },
    },
  ],
  rules: [
    {
      fields: ['toPct', 'fromPct'],
      ok: (i) => (i.toPct as number) > (i.fromPct as number),
      message: '{toPct} must be above {fromPct}',
    },
  ],
} as const satisfies Contract<'charge'>;

/** Running cost per 100 km and per year against a petrol or diesel car. */
export const COST_CONTRACT = {
  name: 'cost',
  title: 'Running cost',
  summary:
    'What the car costs to run per 100 km and per year, against a petrol or diesel car, and when a price difference is repaid.',
  fields: [
    {
      key: 'yearlyKm',
      type: 'number',
      quantity: 'distance',
      label: 'Distance a year',
      help: 'How far you drive in a year.',
      default: 12_000,
      min: 100,
      max: 200_000,
      step: { metric: 1000, imperial: 1000 },
    },
    {
      key: 'homePricePerKWh',
      type: 'number',
      quantity: 'pricePerKWh',
      label: 'Home electricity',
      help: 'What a kWh costs at home, in your currency (or the chosen market’s).',
      default: marketDefault('homePricePerKWh', 0.3),
      defaultText: 'the market’s price, or 0.30 with no market',
      min: 0,
      max: 5,
      step: { metric: 0.01, imperial: 0.01 },
    },
    {
      key: 'publicPricePerKWh',
      type: 'number',
      quantity: 'pricePerKWh',
      label: 'Public fast charging',
      help: 'What a kWh costs at a public fast charger, in your currency (or the chosen market’s).',
      default: marketDefault('publicPricePerKWh', 0.55),
      defaultText: 'the market’s price, or 0.55 with no market',
      min: 0,
      max: 5,
      step: { metric: 0.01, imperial: 0.01 },
    },
    {
      key: 'publicSharePct',
      type: 'number',
      quantity: 'percent',
      label: 'Share charged in public',
      help: 'How much of the energy comes from public fast chargers.',
      default: 20,
      min: 0,
      max: 100,
      step: pct,
    },
    {
      key: 'tempC',
      type: 'number',
      quantity: 'temperature',
      label: 'Yearly average temperature',
      help: 'Sets the consumption estimate (heating in the cold months).',
      default: 11,
      min: -30,
      max: 45,
      step: { metric: 1, imperial: 2 },
    },
    {
      key: 'consumptionKWhPer100Km',
      type: 'number',
      quantity: 'consumption',
      label: 'Your own consumption',
      help: 'Use your own figure at the battery instead of the model’s (optional).',
      min: 5,
      max: 60,
      step: { metric: 0.5, imperial: 0.1 },
    },
    {
      key: 'gridGCO2PerKWh',
      type: 'number',
      quantity: 'co2Intensity',
      label: 'Grid CO2',
      help: 'Carbon intensity of your electricity, grams of CO2 per kWh (optional; the market’s where it has one).',
      default: marketDefault('gridGCO2PerKWh', undefined),
      defaultText: 'the market’s intensity where it has one, or none',
      min: 0,
      max: 1500,
      step: { metric: 10, imperial: 10 },
    },
    {
      key: 'fuel',
      type: 'choice',
      label: 'Combustion car runs on',
      help: 'The fuel of the car you compare with.',
      choices: [
        { value: 'petrol', label: 'Petrol' },
        { value: 'diesel', label: 'Diesel' },
      ],
      default: 'petrol',
    },
    {
      key: 'litresPer100Km',
      type: 'number',
      quantity: 'fuelConsumption',
      label: 'Combustion car’s consumption',
      help: 'What the car you compare with uses in real driving.',
      default: 6.5,
      min: 1,
      max: 30,
      step: { metric: 0.1, imperial: 1 },
    },
    {
      key: 'pricePerLitre',
      type: 'number',
      quantity: 'pricePerLitre',
      label: 'Fuel price',
      help: 'What the fuel costs, in your currency (or the chosen market’s).',
      default: marketDefault('pricePerLitre', 1.8),
      defaultText: 'the market’s price for the fuel, or 1.80 with no market',
      min: 0,
      max: 10,
      step: { metric: 0.01, imperial: 0.05 },
    },
    {
      key: 'priceDifference',
      type: 'number',
      quantity: 'money',
      label: 'Price difference',
      help: 'Purchase price of the electric car minus the combustion car’s, for the break-even (optional).',
      min: -1_000_000,
      max: 1_000_000,
      step: { metric: 500, imperial: 500 },
    },
  ],
  rules: [],
} as const satisfies Contract<'cost'>;

/** The fastest plan of charging stops for a trip. */
export const TRIP_CONTRACT = {
  name: 'trip',
  title: 'Trip planner',
  summary:
    'The charging stops that make a trip fastest (driving + charging + time lost per stop), with chargers at even spacing.',
  fields: [
    {
      key: 'distanceKm',
      type: 'number',
      quantity: 'distance',
      label: 'Distance',
      help: 'Length of the trip.',
      default: 500,
      min: 1,
      max: 10_000,
      step: { metric: 50, imperial: 25 },
    },
    {
      key: 'speedKmh',
      type: 'number',
      quantity: 'speed',
      label: 'Cruising speed',
      help: 'Steady motorway speed; above the car’s top speed the top speed is used.',
      default: 110,
      min: 20,
      max: 250,
      step: { metric: 10, imperial: 5 },
      cap: topSpeedCap,
    },
    ...DRIVING_CONDITIONS,
    {
      key: 'startSocPct',
      type: 'number',
      quantity: 'percent',
      label: 'Charge at departure',
      help: 'State of charge when you leave.',
      default: 90,
      min: 1,
      max: 100,
      step: pct,
    },
    {
      key: 'arrivalSocPct',
      type: 'number',
      quantity: 'percent',
      label: 'Least charge on arrival',
      help: 'State of charge you want left at the destination.',
      default: 10,
      min: 0,
      max: 90,
      step: pct,
    },
    {
      key: 'minChargerSocPct',
      type: 'number',
      quantity: 'percent',
      label: 'Least charge at a charger',
      help: 'State of charge you want left when you reach any charger.',
      default: 10,
      min: 0,
      max: 50,
      step: pct,
    },
    {
      key: 'maxSocPct',
      type: 'number',
      quantity: 'percent',
      label: 'Charge at most to',
      help: 'Highest state of charge to charge to at a stop.',
      default: 100,
      min: 50,
      max: 100,
      step: pct,
    },
    {
      key: 'chargerKW',
      type: 'number',
      quantity: 'power',
      label: 'Charger power',
      help: 'The fast chargers’ rating; the car takes what it can.',
      default: 150,
      min: 5,
      max: 400,
      step: { metric: 25, imperial: 25 },
    },
    {
      key: 'chargerSpacingKm',
      type: 'number',
      quantity: 'distance',
      label: 'A charger every',
      ...helpWith(
        (t) =>
          `Distance between fast chargers along the route (the EU requires one every ${t('distance', 60)} on its core network).`,
      ),
      default: 60,
      min: 5,
      max: 1000,
      step: { metric: 10, imperial: 5 },
    },
    {
      key: 'stopOverheadMin',
      type: 'number',
      quantity: 'minutes',
      label: 'Minutes lost per stop',
      help: 'Leaving the road, parking, plugging in and paying.',
      default: 5,
      min: 0,
      max: 120,
      step: { metric: 1, imperial: 1 },
    },
    {
      key: 'preconditioning',
      type: 'boolean',
      label: 'Battery preconditioning',
      ...helpWith(
        (_, d) =>
          `The car warms its battery on the way to a charger; without it the pack is at ambient + ${d(10)}.`,
      ),
      default: true,
    },
  ],
  rules: [],
} as const satisfies Contract<'trip'>;

export const CONTRACTS = {
  range: RANGE_CONTRACT,
  charge: CHARGE_CONTRACT,
  cost: COST_CONTRACT,
  trip: TRIP_CONTRACT,
} as const;
export type CalculationName = keyof typeof CONTRACTS;
