import { type ChargeResult, PACK_CHARGE_TARGET_C } from '../calc/charging.js';
import type { VehicleModel } from '../calc/model.js';
import type { EnergyBreakdown } from '../calc/range.js';
import { SCENARIO_HIGHWAY_KMH, SCENARIO_WEATHER, scenarioHighwayKmh } from '../calc/range.js';
import type { TripImpossible, TripPlan } from '../calc/trip.js';
import { toShown, type UnitSystem, unitOf } from '../contract/quantity.js';
import { KM_PER_MILE } from '../units/constants.js';
import {
  type FormatOptions,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSpeed,
  formatTemperature,
  formatWithInterval,
} from './index.js';
import { tripObstacleWords } from './obstacle.js';
import type { ResultLine } from './results.js';

/**
 * The parts of a range result's energy breakdown, in the order faces list them, each with a label for a
 * table row and a short one for a narrow column.
 */
export const BREAKDOWN_PARTS: readonly { key: keyof EnergyBreakdown; label: string; short: string }[] = [
  { key: 'rollingKWhPer100Km', label: 'Rolling resistance', short: 'rolling' },
  { key: 'aeroKWhPer100Km', label: 'Air resistance', short: 'air' },
  { key: 'gradeKWhPer100Km', label: 'Climbing', short: 'grade' },
  { key: 'drivetrainLossKWhPer100Km', label: 'Motor and drivetrain losses', short: 'drivetrain' },
  { key: 'climateKWhPer100Km', label: 'Heating or air conditioning', short: 'climate' },
  { key: 'auxiliaryKWhPer100Km', label: 'Electronics', short: 'electronics' },
  { key: 'warmUpKWhPer100Km', label: 'Warming the car up', short: 'warm-up' },
];

/** What the scenario table's rows and columns mean, worded in the reader's units. */
export interface ScenarioWords {
  /** Row labels: `{ mild: 'Mild 23 °C', cold: 'Cold -10 °C' }`. */
  weather: Record<'mild' | 'cold', string>;
  /** Column labels: city, highway (with its speed) and combined. */
  scenario: Record<'city' | 'highway' | 'combined', string>;
  /** One sentence on the conditions, for under a table's title. */
  note: string;
}

/**
 * The scenario table's labels, from the conditions it is computed in ({@link SCENARIO_WEATHER},
 * {@link scenarioHighwayKmh} for the car given), so no face restates them.
 * @example scenarioWords('metric').weather.cold // 'Cold -10 °C'
 * @example scenarioWords('imperial').scenario.highway // 'Highway 68 mph'
 * @example scenarioWords('metric', { topSpeedKmh: 100 }).scenario.highway // 'Highway 100 km/h'
 */
export function scenarioWords(
  system: UnitSystem = 'metric',
  car?: Pick<VehicleModel, 'topSpeedKmh'>,
): ScenarioWords {
  const t = (c: number) => formatTemperature(c, { system });
  const hwy = formatSpeed(car ? scenarioHighwayKmh(car) : SCENARIO_HIGHWAY_KMH, { system });
  const { mild, cold } = SCENARIO_WEATHER;
  return {
    weather: { mild: `Mild ${t(mild.tempC)}`, cold: `Cold ${t(cold.tempC)}` },
    scenario: { city: 'City', highway: `Highway ${hwy}`, combined: 'Combined' },
    note:
      `Full battery to empty. City drives the EPA city trace (UDDS); highway is a steady ${hwy}; combined is half of each. ` +
      `Mild is ${t(mild.tempC)} ${mild.climate ? 'with' : 'without'} climate control; cold is ${t(cold.tempC)} ${cold.climate ? 'with heating' : 'without heating'}.`,
  };
}

/**
 * A range result's energy breakdown as a table in the reader's units: its title, the unit its figures are
 * in (per 100 km, or per 100 miles in imperial, so the parts still add up), and one row per part.
 * @example formatBreakdown(computeRange(vehicleModel(getVehicle('cooper-se-j01'))).breakdown!, { system: 'imperial' }).unit // 'kWh/100 mi at the battery'
 */
export function formatBreakdown(b: EnergyBreakdown, opts: FormatOptions = {}) {
  const imperial = opts.system === 'imperial';
  const per = imperial ? KM_PER_MILE : 1;
  return {
    title: 'Where the energy goes',
    unit: `kWh/100 ${imperial ? 'mi' : 'km'} at the battery`,
    rows: BREAKDOWN_PARTS.map((p) => ({ ...p, value: formatNumber(b[p.key] * per, { ...opts, digits: 1 }) })),
  };
}

/**
 * A charging session's cost with its interval and the price it is at, in the reader's currency; undefined
 * when the session was given no price.
 * @example formatChargeCost({ cost: 12.3, costLow: 11.69, costHigh: 12.92, input: { pricePerKWh: 0.59 } }) // '12.30 (11.69–12.92) at 0.59 per kWh'
 */
export function formatChargeCost(
  r: Pick<ChargeResult, 'cost' | 'costLow' | 'costHigh'> & {
    input: Pick<ChargeResult['input'], 'pricePerKWh'>;
  },
  opts: FormatOptions = {},
): string | undefined {
  const price = r.input.pricePerKWh;
  if (r.cost === undefined || r.costLow === undefined || r.costHigh === undefined || price === undefined)
    return undefined;
  const money = (x: number) => formatMoney(x, opts);
  return `${formatWithInterval(r.cost, r.costLow, r.costHigh, money)} at ${money(price)} per kWh`;
}

/**
 * How a cold pack warmed through a DC session, in words, or undefined when it was plugged in warm (25 °C
 * or more) or charged on AC.
 * @example packWarmingWords(chargeSession(vehicleModel(getVehicle('cooper-se-j01')), { batteryTempC: 0 })) // '0 °C when plugged in, 25 °C at the end: warmed by its own losses and the car’s heater (1.3 kWh)'
 */
export function packWarmingWords(
  r: Pick<ChargeResult, 'type' | 'batteryTempEndC' | 'packHeatingKWh' | 'input'>,
  opts: FormatOptions = {},
): string | undefined {
  const start = r.input.batteryTempC;
  if (r.type === 'ac' || r.batteryTempEndC === undefined || start >= PACK_CHARGE_TARGET_C) return undefined;
  const temps = `${formatTemperature(start, opts)} when plugged in, ${formatTemperature(r.batteryTempEndC, opts)} at the end`;
  return r.packHeatingKWh > 0
    ? `${temps}: warmed by its own losses and the car’s heater (${formatEnergy(r.packHeatingKWh)})`
    : `${temps}: warmed only by its own losses (this car cannot heat its battery)`;
}

/**
 * What set a charging session's power, in words: the on-board charger on AC, else the car's DC curve and
 * whether it was measured or is generic.
 * @example chargeCurveWords({ type: 'ac', curveKind: 'generic' }) // 'AC through the car’s on-board charger'
 * @example chargeCurveWords({ type: 'dc', curveKind: 'measured' }) // 'measured charging curve'
 */
export function chargeCurveWords(r: Pick<ChargeResult, 'type' | 'curveKind'>): string {
  if (r.type === 'ac') return 'AC through the car’s on-board charger';
  if (r.curveKind === 'measured') return 'measured charging curve';
  if (r.curveKind === 'modelled')
    return 'this car’s modelled charging curve (smoothed, not a logged session)';
  return 'generic charging curve (no measured one for this car)';
}

/** What an answer rests on, split for display: the flags a reader must see, then the rest. */
export interface AssumptionNotes {
  /** The heading every face puts over an answer's assumptions. */
  heading: string;
  /** The heading a car's page or spec sheet puts over its model's assumptions. */
  carHeading: string;
  /** The short label a terminal puts in front of a flag. */
  flagLabel: string;
  /** The short label a terminal puts in front of the first other assumption. */
  label: string;
  /**
   * Warnings about the car's data (an official figure out of the model's reach), in the model's `flags`:
   * a face shows them with the answer, not folded away.
   */
  flags: string[];
  /** Everything else the answer rests on: borrowed or estimated figures, curves, the calibration target. */
  others: string[];
}

// A metric amount or span in core's own sentences ("1,365 kg", "225–234 km", "−10 °C"), never the "100 km"
// inside a compound unit ("kWh/100 km") nor the "kg" of one ("kg/m²").
const METRIC_AMOUNT =
  /(?<![\d/.,])([-−]?\d[\d,]*(?:\.\d+)?)(?:–([-−]?\d[\d,]*(?:\.\d+)?))? (km\/h|km|kg|°C)(?![\w/²])/gu;
const AMOUNT_QUANTITY = { 'km/h': 'speed', km: 'distance', kg: 'mass', '°C': 'temperature' } as const;

/**
 * One of core's sentences (a model's assumption, a trip's note) in the reader's units: its distances,
 * masses, speeds and temperatures, and their spans, in miles, pounds, mph and °F for an imperial reader.
 * Everything else (kW, kWh, %, min, and the figures of a compound unit) stays as written. Metric: as is.
 * @example sentenceInUnits('Mass in running order: 1,365 kg DIN kerb + 75 kg driver.', { system: 'imperial' }) // 'Mass in running order: 3,009 lb DIN kerb + 165 lb driver.'
 * @example sentenceInUnits('the WLTP span 225–234 km', { system: 'imperial' }) // 'the WLTP span 140–145 mi'
 */
export function sentenceInUnits(text: string, opts: FormatOptions = {}): string {
  if (opts.system !== 'imperial') return text;
  const read = (s: string) => Number(s.replace('−', '-').replaceAll(',', ''));
  return text.replace(
    METRIC_AMOUNT,
    (_all, a: string, b: string | undefined, unit: keyof typeof AMOUNT_QUANTITY) => {
      const q = AMOUNT_QUANTITY[unit];
      // The contract's conversion and unit for the quantity, as every input and answer uses them.
      const shown = (s: string) =>
        formatNumber(toShown(q, read(s), 'imperial'), { locale: opts.locale, digits: 0 });
      return `${shown(a)}${b === undefined ? '' : `–${shown(b)}`} ${unitOf(q, 'imperial')}`;
    },
  );
}

/**
 * A result's `assumptions` split into the car model's flags and the rest, with the words faces put over
 * them, so the site and the terminal show the same things the same way; in the reader's units when `opts`
 * names a system (see {@link sentenceInUnits}).
 * @example assumptionNotes(vehicleModel(getVehicle('cooper-se-j01')), []).heading // 'What this answer rests on'
 * @example assumptionNotes(vehicleModel(getVehicle('cooper-se-f56')), computeRange(vehicleModel(getVehicle('cooper-se-f56'))).assumptions).flags.length // 1
 */
export function assumptionNotes(
  m: Pick<VehicleModel, 'flags'>,
  assumptions: readonly string[],
  opts: FormatOptions = {},
): AssumptionNotes {
  const said = (a: string) => sentenceInUnits(a, opts);
  return {
    heading: 'What this answer rests on',
    carHeading: 'How the model sees this car',
    flagLabel: 'check',
    label: 'assumes',
    flags: assumptions.filter((a) => m.flags.includes(a)).map(said),
    others: assumptions.filter((a) => !m.flags.includes(a)).map(said),
  };
}

/** One line of a trip plan as faces tell it: where, what happens, and for a charging stop why it is there. */
export interface TripStep {
  kind: 'leave' | 'drive' | 'charge' | 'arrive';
  /** Where along the route, km from the start. */
  km: number;
  /** Where, worded: a distance, or "stop 2" for a charge. */
  at: string;
  text: string;
  /** For a charge: why the plan stops here (needed to reach the next charger, or only quicker). */
  why?: string;
}

/**
 * A feasible trip plan as steps, in the reader's units: leave, then for each stop the drive to it and the
 * charge with its reason, then the last drive and the arrival.
 * @example tripSteps(planTrip(vehicleModel(getVehicle('cooper-se-j01')), { distanceKm: 500 })).map((s) => s.kind)[0] // 'leave'
 */
export function tripSteps(plan: TripPlan, opts: FormatOptions = {}): TripStep[] {
  const pct = (x: number) => formatPercent(x, { ...opts, digits: 1 });
  const { input } = plan;
  const steps: TripStep[] = [
    { kind: 'leave', km: 0, at: formatDistance(0, opts), text: `Leave with ${pct(input.startSocPct)}` },
  ];
  plan.legs.forEach((leg, i) => {
    const stop = plan.stops[i];
    const drive = `Drive ${formatDistance(leg.distanceKm, opts)} (${formatDuration(leg.drivingMinutes)})`;
    if (!stop) {
      steps.push({
        kind: 'arrive',
        km: leg.toKm,
        at: formatDistance(leg.toKm, opts),
        text: `${drive}, arrive with ${pct(leg.arrivalSocPct)}`,
      });
      return;
    }
    steps.push({
      kind: 'drive',
      km: stop.km,
      at: formatDistance(stop.km, opts),
      text: `${drive}, reach a charger with ${pct(stop.arrivalSocPct)}`,
    });
    const next = `${stop.nextIsDestination ? 'the destination' : 'the next charger'}, ${formatDistance(stop.nextKm - stop.km, opts)} on`;
    const wanted = stop.nextIsDestination
      ? `the ${pct(input.arrivalSocPct)} wanted on arrival`
      : `the ${pct(input.minChargerSocPct)} wanted at a charger`;
    const why = !stop.needed
      ? `Not needed to go on (${next}, would be reached with ${pct(stop.skipSocPct)}), but stopping here gives the quickest trip overall.`
      : stop.skipSocPct <= 0
        ? `Needed: without it the car could not reach ${next}.`
        : `Needed: without it ${next}, would be reached with only ${pct(stop.skipSocPct)}, under ${wanted}.`;
    steps.push({
      kind: 'charge',
      km: stop.km,
      at: `stop ${i + 1}`,
      text: `Charge ${pct(stop.arrivalSocPct)} → ${pct(stop.departureSocPct)} in ${formatDuration(stop.chargeMinutes)} on a ${formatChargePower(stop.chargerKW, opts)} charger`,
      why,
    });
  });
  return steps;
}

/** One charging stop of a trip plan as a table's row, in the reader's units, with why the plan stops there. */
export interface TripStopCells {
  /** "1". */
  stop: string;
  /** Where along the route: "241 km". */
  at: string;
  /** Charge on arrival: "12.3 %". */
  arrive: string;
  /** Charge on leaving: "80 %". */
  leave: string;
  /** Time on the charger: "27 min". */
  charging: string;
  /** Energy into the battery: "34.2 kWh". */
  energy: string;
  /** Why the plan stops here ({@link tripSteps}' reason). */
  why: string;
}

/**
 * The columns of a trip plan's table of stops, in order, as every face heads them, and what a face says
 * over the table and when there is no stop.
 * @example TRIP_STOPS.columns.map((c) => c.label).join(' ') // 'stop at arrive leave charging energy'
 */
export const TRIP_STOPS: {
  heading: string;
  none: string;
  columns: readonly { key: Exclude<keyof TripStopCells, 'why'>; label: string }[];
} = {
  heading: 'Stops',
  none: 'No stop: the battery is enough.',
  columns: [
    { key: 'stop', label: 'stop' },
    { key: 'at', label: 'at' },
    { key: 'arrive', label: 'arrive' },
    { key: 'leave', label: 'leave' },
    { key: 'charging', label: 'charging' },
    { key: 'energy', label: 'energy' },
  ],
};

/**
 * A feasible trip plan's stops as table rows, in the reader's units (charges to the tenth, as the plan's
 * steps give them), so the CLI and the terminal app list them alike.
 * @example tripStopCells(planTrip(vehicleModel(getVehicle('cooper-se-f56')), { distanceKm: 300 }))[0].stop // '1'
 */
export function tripStopCells(plan: TripPlan, opts: FormatOptions = {}): TripStopCells[] {
  const pct = (x: number) => formatPercent(x, { ...opts, digits: 1 });
  const why = tripSteps(plan, opts).filter((s) => s.kind === 'charge');
  return plan.stops.map((s, i) => ({
    stop: String(i + 1),
    at: formatDistance(s.km, opts),
    arrive: pct(s.arrivalSocPct),
    leave: pct(s.departureSocPct),
    charging: formatDuration(s.chargeMinutes),
    energy: formatEnergy(s.energyKWh),
    why: why[i]?.why ?? '',
  }));
}

/** A feasible trip plan's headline figures, worded once for every face (see {@link tripSummary}). */
export interface TripSummary {
  /** The whole trip: driving, charging and getting on and off the chargers ("6 h 19 min"). */
  total: string;
  /** Time at the wheel ("5 h 27 min"). */
  driving: string;
  /** Time charging with the number of stops and the time getting on and off ("42 min in 2 stops (+10 min overhead)"), or "no stop". */
  charging: string;
  /** The charge left at the destination ("10 %", "12.3 %"). */
  arrival: string;
  /** The three after the total as one line: "5 h 27 min driving, 42 min charging in 2 stops (+10 min overhead), arrive with 10 %". */
  text: string;
  /** The trip asked for: "500 km at 120 km/h, 18.1 kWh/100 km". */
  trip: string;
  /** The answer as labelled lines: trip, total, driving, charging, arrival charge. */
  lines: ResultLine[];
}

/**
 * A feasible trip plan's total, driving and charging time and charge on arrival, in words, so every face
 * says them the same way (a percentage to the tenth, as the plan's steps give it).
 * @example tripSummary(planTrip(vehicleModel(getVehicle('cooper-se-j01')), { distanceKm: 100 })).charging // 'no stop'
 */
export function tripSummary(plan: TripPlan, opts: FormatOptions = {}): TripSummary {
  const n = plan.stops.length;
  const driving = formatDuration(plan.drivingMinutes);
  const arrival = formatPercent(plan.arrivalSocPct, { ...opts, digits: 1 });
  const stops = `${n} ${n === 1 ? 'stop' : 'stops'} (+${formatDuration(plan.overheadMinutes)} overhead)`;
  const charging = n ? `${formatDuration(plan.chargingMinutes)} in ${stops}` : 'no stop';
  const total = formatDuration(plan.totalMinutes);
  const trip = `${formatDistance(plan.input.distanceKm, opts)} at ${formatSpeed(plan.input.speedKmh, opts)}, ${formatConsumption(plan.consumptionKWhPer100Km, opts)}`;
  return {
    total,
    driving,
    charging,
    arrival,
    text: n
      ? `${driving} driving, ${formatDuration(plan.chargingMinutes)} charging in ${stops}, arrive with ${arrival}`
      : `${driving} driving without a stop, arrive with ${arrival}`,
    trip,
    lines: [
      { key: 'trip', label: 'Trip', value: trip },
      { key: 'total', label: 'Total', value: total },
      { key: 'driving', label: 'Driving', value: driving },
      { key: 'charging', label: 'Charging', value: charging },
      { key: 'arrival', label: 'Arrival charge', value: arrival },
    ],
  };
}

/** The head every face puts over a trip that cannot be driven, before its reason ({@link tripNotPossible}). */
export const TRIP_NOT_POSSIBLE = 'Not possible';

/**
 * What every face says for a trip that cannot be driven: {@link TRIP_NOT_POSSIBLE}, then why, in the
 * reader's units ({@link tripObstacleWords}).
 * @example tripNotPossible({ obstacle: { kind: 'limits' } }) // 'Not possible: No combination of stops reaches the destination with the charge limits given.'
 */
export function tripNotPossible(plan: Pick<TripImpossible, 'obstacle'>, opts: FormatOptions = {}): string {
  return `${TRIP_NOT_POSSIBLE}: ${tripObstacleWords(plan.obstacle, opts)}`;
}

/**
 * What a face says when the car asked for cannot be calculated (a concept) and a calculator shows another:
 * the car shown first, so a narrow status line keeps it, then why, with {@link notCalculableReason}'s words.
 * @example fallbackCarNotice({ name: 'MINI Rocketman concept', reason: 'a concept car: no battery or range was published' }, { name: 'MINI Cooper SE (J01)' }) // 'Showing the MINI Cooper SE (J01), because the MINI Rocketman concept is a concept car: no battery or range was published.'
 */
export function fallbackCarNotice(wanted: { name: string; reason: string }, shown: { name: string }): string {
  return `Showing the ${shown.name}, because the ${wanted.name} is ${wanted.reason}.`;
}
