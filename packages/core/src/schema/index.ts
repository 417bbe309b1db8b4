/**
 * The zod schemas of the mini-ev data set. Types are inferred from them, so the schemas are the
 * single definition of the data's shape; the JSON Schema shipped with the package is generated from them.
 */
import { z } from 'zod';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens')
  .describe('Stable identifier: lower-case, hyphenated');

/** What a figure is: a maker's official figure, a measurement, an estimate, or arithmetic on other figures. */
export const FigureKind = z.enum(['official', 'measured', 'estimated', 'derived']);
export type FigureKind = z.infer<typeof FigureKind>;

/** Canonical units stored in the data set; conversion happens only at the edges. */
export const Unit = z.enum([
  'kW',
  'Nm',
  'kWh',
  'km',
  'km/h',
  's',
  'min',
  'kg',
  'mm',
  'kWh/100km',
  '%',
  'count',
  'vehicles/year',
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'EUR/kWh',
  'GBP/kWh',
  'USD/kWh',
  'CNY/kWh',
  'EUR/L',
  'GBP/L',
  'USD/L',
  'CNY/L',
  'g/kWh',
  'L',
  'm²',
  'N',
  'N/(km/h)',
  'N/(km/h)²',
  '1',
]);
export type Unit = z.infer<typeof Unit>;

/** Another value for the same figure, published by another source. */
export const AlternativeValue = z.object({
  value: z.number(),
  sourceId: Id,
  stated: z.string().min(1).describe('The figure exactly as that source states it'),
  note: z.string().optional(),
});
export type AlternativeValue = z.infer<typeof AlternativeValue>;

/** One number with its provenance. */
export const Figure = z.object({
  value: z.number().finite(),
  unit: Unit,
  sourceId: Id,
  stated: z
    .string()
    .min(1)
    .describe('The figure as the source states it, e.g. "184 hp" or "250-mile (WLTP)"'),
  kind: FigureKind,
  bound: z
    .enum(['upper', 'lower'])
    .optional()
    .describe('Present when the source gives only a ceiling ("under 11.5 feet") or a floor, not the value'),
  note: z.string().optional(),
  unverified: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Present when the figure could not be found on the page it cites: why, and what we hold instead',
    ),
  asOf: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional()
    .describe('The date or period a price or other changing figure describes (YYYY, YYYY-MM or YYYY-MM-DD)'),
  /** Other sources that state the same value. */
  corroboration: z.array(z.object({ sourceId: Id, stated: z.string().min(1) })).optional(),
  /** Present when sources disagree: every other value, and why `value` was chosen. */
  conflict: z
    .object({
      alternatives: z.array(AlternativeValue).min(1),
      reason: z.string().min(1),
    })
    .optional(),
});
export type Figure = z.infer<typeof Figure>;

/** A dated fact that is not a number (a place, a date, a name) with its source. */
export const Fact = z.object({
  text: z.string().min(1),
  sourceId: Id,
  stated: z.string().min(1).optional(),
  kind: FigureKind.default('official'),
  conflict: z
    .object({
      alternatives: z.array(z.object({ text: z.string(), sourceId: Id })).min(1),
      reason: z.string(),
    })
    .optional(),
});
export type Fact = z.infer<typeof Fact>;

export const Source = z.object({
  id: Id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional()
    .describe('Publication date (YYYY, YYYY-MM or YYYY-MM-DD); absent when the source is undated'),
  url: z.string().url().optional(),
  kind: z.enum(['article', 'press-release', 'review', 'database', 'regulation', 'forum', 'repository']),
  checked: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('When the figures citing this source were last checked against the page (YYYY-MM-DD)'),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['manufacturer', 'brand', 'joint-venture', 'publisher', 'coachbuilder']),
  country: z.string().optional(),
  parentId: Id.optional(),
  facts: z.array(Fact).default([]),
});
export type Organisation = z.infer<typeof Organisation>;

export const Plant = z.object({
  id: Id,
  name: z.string(),
  operatorId: Id,
  city: Fact.optional(),
  region: Fact.optional(),
  country: Fact,
  capacityPerYear: Figure.optional(),
  facts: z.array(Fact).default([]),
});
export type Plant = z.infer<typeof Plant>;

export const JointVenture = z.object({
  id: Id,
  organisationId: Id,
  partners: z.array(z.object({ organisationId: Id, share: Figure })).min(2),
  announced: Fact,
  investment: z.array(Figure).min(1).describe('The same investment in every currency a source gives'),
  plantIds: z.array(Id),
  facts: z.array(Fact).default([]),
});
export type JointVenture = z.infer<typeof JointVenture>;

export const Battery = z.object({
  grossKWh: Figure.optional(),
  usableKWh: Figure.optional(),
  chemistry: z.string().optional(),
});
export type Battery = z.infer<typeof Battery>;

export const Performance = z.object({
  powerKW: Figure.optional(),
  torqueNm: Figure.optional(),
  drivenWheels: z.enum(['front', 'rear', 'all']).optional(),
  accel0to100S: Figure.optional(),
  accel0to60mphS: Figure.optional().describe('0–60 mph in seconds, where a source publishes it (US figures)'),
  topSpeedKmh: Figure.optional(),
});
export type Performance = z.infer<typeof Performance>;

export const DcCurvePoint = z.object({ socPct: z.number().min(0).max(100), kW: z.number().min(0) });
export const DcCurve = z.object({
  kind: z
    .enum(['measured', 'modelled', 'generic'])
    .describe(
      'measured: logged in a charging session; modelled: a third party’s curve for this car that is smoothed or interpolated rather than logged; generic: a shape borrowed from another car',
    ),
  sourceId: Id,
  points: z.array(DcCurvePoint).min(2),
  note: z.string().optional(),
});
export type DcCurve = z.infer<typeof DcCurve>;

export const ChargeTime = z.object({
  type: z.enum(['ac', 'dc']),
  fromPct: z.number().min(0).max(100),
  toPct: z.number().min(0).max(100),
  chargerKW: z.number().positive().optional(),
  minutes: Figure,
});
export type ChargeTime = z.infer<typeof ChargeTime>;

export const Charging = z.object({
  acKW: Figure.optional(),
  acAltKW: z.array(Figure).default([]).describe('Other AC ratings by market'),
  dcPeakKW: Figure.optional(),
  dcFastCharging: z
    .boolean()
    .optional()
    .describe('false where the car has no DC fast charging at all (not merely no published figure)'),
  dcCurve: DcCurve.optional(),
  manufacturerTimes: z.array(ChargeTime).default([]),
});
export type Charging = z.infer<typeof Charging>;

export const Cycle = z
  .enum(['WLTP', 'EPA', 'NEDC', 'CLTC', 'claim'])
  .describe('The test cycle of a rating; "claim" is a maker’s range with no test cycle given');
export type Cycle = z.infer<typeof Cycle>;

/** An official rating on one test cycle. Cycles are never mixed. */
export const CycleRating = z.object({
  cycle: Cycle,
  rangeKm: Figure.optional().describe('Range, or the low end of a range span'),
  rangeKmHigh: Figure.optional().describe('High end when the maker gives a span (by wheel size or trim)'),
  consumptionKWhPer100Km: Figure.optional(),
  consumptionKWhPer100KmHigh: Figure.optional(),
  trim: z
    .enum(['best'])
    .optional()
    .describe(
      'A lone figure for the best trim (an "up to" figure), not the typical car; calibration takes a typical trim below it',
    ),
  note: z.string().optional(),
});
export type CycleRating = z.infer<typeof CycleRating>;

export const Dimensions = z.object({
  lengthMm: Figure.optional(),
  widthMm: Figure.optional(),
  widthBasis: z
    .enum(['body', 'incl. mirrors'])
    .optional()
    .describe('What the width spans; left out, the body without mirrors, as makers give it'),
  heightMm: Figure.optional(),
  wheelbaseMm: Figure.optional(),
  massKg: Figure.optional(),
  massBasis: z.enum(['DIN kerb', 'EU incl. driver']).optional(),
  seats: Figure.optional(),
  bootL: Figure.optional().describe('Boot volume with the rear seats up, litres'),
});
export type Dimensions = z.infer<typeof Dimensions>;

export const Aerodynamics = z.object({
  cd: Figure.optional(),
  cdaM2: Figure.optional(),
  rollingResistance: Figure.optional(),
  roadLoad: z
    .object({
      testMassKg: Figure,
      points: z
        .array(z.object({ speedKmh: z.number().positive(), force: Figure }))
        .min(2)
        .optional()
        .describe('Road-load forces at stated speeds, where a source gives points rather than coefficients'),
      coefficients: z
        .object({ a: Figure, b: Figure, c: Figure })
        .optional()
        .describe(
          'The coast-down road load F = a + b·v + c·v² with v in km/h (units N, N/(km/h), N/(km/h)²), as a regulator publishes it',
        ),
    })
    .refine((r) => r.points !== undefined || r.coefficients !== undefined, {
      message: 'a road load needs either points or coefficients',
    })
    .optional(),
});
export type Aerodynamics = z.infer<typeof Aerodynamics>;

export const VehicleVariant = z.object({
  id: Id,
  name: z.string(),
  battery: Battery,
  efficiency: z.array(CycleRating).default([]),
});
export type VehicleVariant = z.infer<typeof VehicleVariant>;

/** The markets of the data set: energy prices, and the car's launch prices, are given per market. */
export const MarketId = z.enum(['de', 'uk', 'nl', 'fr', 'us', 'cn']);
export type MarketId = z.infer<typeof MarketId>;

/** A car's published price in a market, with what it includes. Prices of different bases are never mixed. */
export const LaunchPrice = z.object({
  market: MarketId,
  basis: z
    .enum(['list', 'after-grant', 'with-destination'])
    .describe(
      'list: the list price with taxes; after-grant: after a government purchase grant; with-destination: a US price including the destination charge',
    ),
  trim: z.string().optional().describe('The trim or edition the price is for, when the source names one'),
  price: Figure,
});
export type LaunchPrice = z.infer<typeof LaunchPrice>;

export const Vehicle = z.object({
  id: Id,
  name: z.string(),
  make: z.enum(['MINI', 'Great Wall']),
  modelLine: z.string(),
  generation: z.string().optional(),
  variant: z.string().optional(),
  bodyStyle: z.enum(['hatchback', 'convertible', 'crossover', 'roadster', 'city-car']),
  status: z.enum(['production', 'limited', 'concept']),
  powertrain: z.enum(['battery-electric', 'combustion', 'hybrid']),
  yearsOnSale: z.object({ from: z.number().int(), to: z.number().int().optional() }).optional(),
  yearsSource: z.array(Fact).default([]),
  plantId: Id.optional(),
  summary: z.string(),
  battery: Battery.optional(),
  variants: z.array(VehicleVariant).default([]),
  performance: Performance.default({}),
  charging: Charging.optional(),
  heatPump: Fact.optional().describe(
    'Whether the car heats with a heat pump (standard, optional or not offered)',
  ),
  batteryPreconditioning: Fact.extend({ available: z.boolean() })
    .optional()
    .describe(
      'Whether the car can warm its battery for a DC fast charge (on the way, and while it charges); absent where no source says',
    ),
  efficiency: z.array(CycleRating).default([]),
  dimensions: Dimensions.default({}),
  aerodynamics: Aerodynamics.default({}),
  production: z.object({ units: Figure.optional() }).default({}),
  prices: z.array(LaunchPrice).default([]).describe('Published prices by market, each dated and sourced'),
  notSoldIn: z
    .array(MarketId)
    .default([])
    .describe('Markets the car was never sold in; each has a sourced fact saying so and why'),
  facts: z.array(Fact).default([]),
  unknown: z.array(z.string()).default([]).describe('What is not published, said plainly'),
});
export type Vehicle = z.infer<typeof Vehicle>;
export type VehicleInput = z.input<typeof Vehicle>;

export const TimelineEvent = z.object({
  id: Id,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  title: z.string(),
  detail: z.string().optional(),
  vehicleIds: z.array(Id).default([]),
  sourceId: Id,
  kind: z.enum(['concept', 'announcement', 'launch', 'production', 'target', 'market']),
  conflict: z
    .object({ alternatives: z.array(z.object({ date: z.string(), sourceId: Id })), reason: z.string() })
    .optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** A dated programme target or market statement. */
export const Claim = z.object({
  id: Id,
  by: Id.describe('Organisation making the claim'),
  madeOn: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional()
    .describe('When the claim was made; absent when the source does not say'),
  statement: z.string(),
  targetYear: z.number().int().optional(),
  figures: z.array(Figure).default([]),
  supersedes: Id.optional(),
  sourceId: Id,
});
export type Claim = z.infer<typeof Claim>;

/**
 * A country's typical energy prices, dated and sourced, in its own currency. Electricity per kWh, fuel per
 * litre (a US price per gallon is stored per litre; its stated form keeps the gallon). A price no source
 * we hold states is absent and named in `unknown`.
 */
export const Market = z.object({
  id: MarketId,
  name: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe('ISO 3166-1 alpha-2 country code'),
  currency: z.enum(['EUR', 'GBP', 'USD', 'CNY']).describe('ISO 4217 currency of every price'),
  locale: z
    .string()
    .min(2)
    .describe(
      'BCP 47 locale of the market (language and region); amounts are written in the reader’s locale with the market’s currency',
    ),
  gallon: z
    .enum(['us', 'uk'])
    .optional()
    .describe('Which gallon the market’s imperial readers mean (mpg and price per gallon)'),
  prices: z.object({
    homeElectricity: Figure.optional().describe('Household electricity, taxes included, per kWh'),
    publicFastCharging: Figure.optional().describe('Public DC fast charging, per kWh'),
    petrol: Figure.optional().describe('Petrol (95 RON or regular), per litre'),
    diesel: Figure.optional().describe('Diesel, per litre'),
  }),
  gridGCO2PerKWh: Figure.optional().describe('Carbon intensity of electricity generation, g CO2e per kWh'),
  unknown: z.array(z.string()).default([]).describe('What no source we hold states, said plainly'),
});
export type Market = z.infer<typeof Market>;
export type MarketInput = z.input<typeof Market>;

export const DataSet = z.object({
  $schema: z
    .string()
    .optional()
    .describe('Where the JSON Schema of this file is (the published JSON names it)'),
  version: z.string(),
  sources: z.array(Source),
  organisations: z.array(Organisation),
  plants: z.array(Plant),
  jointVentures: z.array(JointVenture),
  vehicles: z.array(Vehicle),
  timeline: z.array(TimelineEvent),
  claims: z.array(Claim),
  markets: z.array(Market).default([]),
});
export type DataSet = z.infer<typeof DataSet>;
export type DataSetInput = z.input<typeof DataSet>;
