import { CHARGE_CONTRACT, RANGE_CONTRACT } from '../contract/calculations.js';
import {
  contractDefaults,
  fieldOf,
  type LimitedInput,
  limitsOf,
  type NumberField,
  resolveInput,
} from '../contract/contract.js';
import { fromShown, toShown, type UnitSystem } from '../contract/quantity.js';
import { choiceError, InvalidInputError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { kmhToMs } from '../units/convert.js';
import { acChargeEfficiency } from './charging.js';
import { climatePowerKW, usableEnergyFactor, warmUpKWh } from './climate.js';
import {
  CYCLES,
  carLimits,
  DEFAULTS,
  runningOrderKg,
  traceBatteryKWh,
  traceEnergy,
  type VehicleModel,
} from './model.js';
import { airDensity, batteryPowerKW, crrAt, G, roadLoadN } from './physics.js';
import { CONSUMPTION_HALF_WIDTH, ESTIMATED_WIDEN } from './uncertainty.js';

const rangeDefaults = contractDefaults(RANGE_CONTRACT) as Omit<ResolvedRange, 'gradePct'>;
/** Every default of the range contract (mode, speed and conditions). */
export const RANGE_DEFAULTS: Readonly<ResolvedRange> = Object.freeze({ ...rangeDefaults, gradePct: 0 });
/** Defaults of the conditions shared by every range calculation (from {@link RANGE_CONTRACT}). */
export const CONDITION_DEFAULTS: Readonly<Required<Omit<Conditions, 'tripKm' | 'rechargeKW'>>> =
  Object.freeze({
    tempC: rangeDefaults.tempC,
    climate: rangeDefaults.climate,
    payloadKg: rangeDefaults.payloadKg,
    gradePct: 0,
    fromPct: rangeDefaults.fromPct,
    toPct: rangeDefaults.toPct,
  });

export const CYCLE_NAMES = ['wltp', 'udds', 'hwfet', 'epa', 'nedc'] as const;
export type CycleChoice = (typeof CYCLE_NAMES)[number];
/** The recorded speed traces a cycle is driven on (the WLTP drives the WLTC). */
type TraceName = keyof typeof CYCLES;
export type RangeMode = 'steady' | CycleChoice;

/** Conditions shared by every range calculation; every field may be left out for its default. */
export interface Conditions {
  /** Ambient temperature, °C (−30 to 45). */
  tempC?: number;
  /** Heating or air conditioning on (from the temperature). */
  climate?: boolean;
  /** Load beyond the driver, kg (0 to 500). */
  payloadKg?: number;
  /** Road grade, % (−15 to 15); library only. */
  gradePct?: number;
  /** State of charge at the start, % (1 to 100). */
  fromPct?: number;
  /** State of charge kept in reserve, % (0 to 99, below fromPct). */
  toPct?: number;
  /**
   * Length of each trip, km; library only. A cold car spends energy warming cabin and battery once per
   * trip, so short winter trips cost more per km. Left out: the whole charge is one drive.
   */
  tripKm?: number;
  /**
   * AC power of the recharge that energy at the plug is counted for, kW; library only (the limits of the
   * charge contract's AC charger). Left out: the car's on-board charger at full power. The car takes no
   * more than its on-board charger.
   */
  rechargeKW?: number;
}
/** The range contract's input: a mode (steady speed or a cycle) and the conditions. */
export interface RangeInput extends Conditions {
  mode?: RangeMode;
  speedKmh?: number;
}
export interface SteadyInput extends Conditions {
  speedKmh?: number;
}
export interface CycleInput extends Conditions {
  cycle: CycleChoice;
}

type ResolvedRange = Required<Omit<RangeInput, 'gradePct' | 'tripKm' | 'rechargeKW'>> & { gradePct: number };

/** Where the energy goes, kWh/100 km at the battery. */
export interface EnergyBreakdown {
  rollingKWhPer100Km: number;
  aeroKWhPer100Km: number;
  gradeKWhPer100Km: number;
  drivetrainLossKWhPer100Km: number;
  climateKWhPer100Km: number;
  auxiliaryKWhPer100Km: number;
  /** Warming a cold cabin and battery once per trip, spread over the trip. */
  warmUpKWhPer100Km: number;
}

export interface RangeResult {
  vehicleId: string;
  /** Consumption at the battery, kWh/100 km. */
  consumptionKWhPer100Km: number;
  /** Consumption from the socket at home (AC charging losses included), kWh/100 km. */
  consumptionAtPlugKWhPer100Km: number;
  whPerKm: number;
  /** Distance on the state-of-charge window, km. */
  rangeKm: number;
  /** The 80 % interval around `rangeKm`, from the model's errors on its validation set. */
  rangeKmLow: number;
  rangeKmHigh: number;
  /** The 80 % interval around `consumptionKWhPer100Km`. */
  consumptionKWhPer100KmLow: number;
  consumptionKWhPer100KmHigh: number;
  /** Energy available in the window at this temperature, kWh. */
  energyAvailableKWh: number;
  /** Energy spent once per trip warming cabin and battery, kWh (0 in mild weather). */
  warmUpKWh: number;
  usableFactor: number;
  averageSpeedKmh: number;
  climateKW: number;
  breakdown: EnergyBreakdown | undefined;
  /** What was driven: a steady speed or a cycle. */
  mode: string;
  /** Every input as used, defaults filled in (metric). */
  input: Readonly<ResolvedRange>;
  /** Inputs the calculation had to change (e.g. a speed above the top speed), with the reason. */
  limited: readonly LimitedInput[];
  /** What the answer rests on beyond your inputs: the car model's assumptions. */
  assumptions: readonly string[];
}

type Core = Pick<
  RangeResult,
  'consumptionKWhPer100Km' | 'averageSpeedKmh' | 'climateKW' | 'breakdown' | 'mode'
>;

function steadyCore(m: VehicleModel, c: ResolvedRange): Core {
  const v = kmhToMs(c.speedKmh);
  const mass = m.physical.testMassKg + c.payloadKg;
  const theta = Math.atan(c.gradePct / 100);
  const roadN = roadLoadN(m.physical, mass, v, c.tempC) * Math.cos(theta);
  // Split the road load into rolling and air for the breakdown (a coast-down has both in one curve).
  const aeroN = m.physical.coastDown
    ? Math.min(roadN, m.physical.coastDown.cNPerMs2 * (airDensity(c.tempC) / airDensity(20)) * v * v)
    : 0.5 * airDensity(c.tempC) * m.physical.cdaM2 * v * v;
  const rollingN = m.physical.coastDown
    ? roadN - aeroN
    : mass * G * crrAt(m.physical.crr, c.tempC, v) * Math.cos(theta);
  const gradeN = mass * G * Math.sin(theta);
  const wheelKW = ((rollingN + aeroN + gradeN) * v) / 1000;
  const climateKW = c.climate ? climatePowerKW(c.tempC, m.heatPump) : 0;
  const traction = batteryPowerKW(wheelKW, v, m.drivetrain);
  const batteryKW = traction + m.physical.baseAuxKW + climateKW;
  // kW ÷ km/h = kWh/km
  const per100 = (kw: number) => (kw / c.speedKmh) * 100;
  const perKmFromN = (n: number) => (n / 3.6e6) * 1000 * 100; // N × 1 km → kWh/100 km
  return {
    consumptionKWhPer100Km: Math.max(per100(batteryKW), 0.1),
    averageSpeedKmh: c.speedKmh,
    climateKW,
    breakdown: {
      rollingKWhPer100Km: perKmFromN(rollingN),
      aeroKWhPer100Km: perKmFromN(aeroN),
      gradeKWhPer100Km: perKmFromN(gradeN),
      drivetrainLossKWhPer100Km: per100(traction - wheelKW),
      climateKWhPer100Km: per100(climateKW),
      auxiliaryKWhPer100Km: per100(m.physical.baseAuxKW),
      warmUpKWhPer100Km: 0,
    },
    mode: `steady ${c.speedKmh} km/h`,
  };
}

/**
 * The mass a cycle is driven at before any payload: the WLTP test mass on the WLTC; on EPA's cycles the
 * equivalent test weight, which is the coast-down's test mass where the maker's coast-down is used, else
 * the kerb mass (running order less the driver) plus EPA's 300 lb (136 kg) load.
 */
export function cycleMassKg(m: VehicleModel, cycle: TraceName): number {
  if (cycle === 'wltc') return m.physical.testMassKg;
  // The NEDC's test mass: running order plus its own load (the mass the Ora R1 is calibrated at).
  if (cycle === 'nedc') return runningOrderKg(m) + DEFAULTS.nedcLoadKg;
  const kerbKg = runningOrderKg(m) - DEFAULTS.driverKg;
  return m.physical.coastDown?.testMassKg ?? kerbKg + DEFAULTS.epaLoadKg;
}

function cycleConsumption(m: VehicleModel, cycle: TraceName, c: ResolvedRange) {
  const sums = traceEnergy(
    m.physical,
    m.drivetrain,
    cycleMassKg(m, cycle) + c.payloadKg,
    CYCLES[cycle],
    c.tempC,
    c.gradePct,
  );
  const climateKW = c.climate ? climatePowerKW(c.tempC, m.heatPump) : 0;
  const kWh = traceBatteryKWh(sums, m.physical.baseAuxKW + climateKW);
  return {
    kWhPer100Km: Math.max((kWh / sums.distanceKm) * 100, 0.1),
    averageSpeedKmh: (sums.distanceKm / sums.seconds) * 3600,
    climateKW,
  };
}

function cycleCore(m: VehicleModel, c: ResolvedRange): Core {
  if (c.mode === 'epa') {
    const city = cycleConsumption(m, 'udds', c);
    const hwy = cycleConsumption(m, 'hwfet', c);
    return {
      consumptionKWhPer100Km: (0.55 * city.kWhPer100Km + 0.45 * hwy.kWhPer100Km) / 0.7,
      averageSpeedKmh: 1 / (0.55 / city.averageSpeedKmh + 0.45 / hwy.averageSpeedKmh),
      climateKW: city.climateKW,
      breakdown: undefined,
      mode: 'EPA-style combined (0.7 × 55 % UDDS + 45 % HWFET)',
    };
  }
  const r = cycleConsumption(m, c.mode === 'wltp' ? 'wltc' : (c.mode as Exclude<TraceName, 'wltc'>), c);
  return {
    consumptionKWhPer100Km: r.kWhPer100Km,
    averageSpeedKmh: r.averageSpeedKmh,
    climateKW: r.climateKW,
    breakdown: undefined,
    mode: `${c.mode.toUpperCase()} cycle`,
  };
}

/** Limits of the library-only inputs, which no face offers and the contract therefore does not hold. */
export const GRADE_LIMITS = { min: -15, max: 15 } as const;
export const TRIP_KM_LIMITS = { min: 1, max: 2000 } as const;
/** A recharge's AC power: the charge contract's limits for an AC charger. */
const RECHARGE_KW_LIMITS = limitsOf(fieldOf(CHARGE_CONTRACT, 'chargerKW') as NumberField, undefined, {
  ac: true,
});

/** A library-only number input, checked against its limits; undefined when left out. */
function libraryNumber(
  input: RangeInput,
  key: 'gradePct' | 'tripKm' | 'rechargeKW',
  { min, max }: { min: number; max: number },
  quantity: 'percent' | 'distance' | 'power',
): number | undefined {
  const x = (input as Record<string, unknown>)[key];
  if (x === undefined) return undefined;
  if (typeof x !== 'number' || !(x >= min && x <= max))
    throw new InvalidInputError(key, x, `a number from ${min} to ${max}`, {
      rule: typeof x === 'number' ? 'range' : 'type',
      min,
      max,
      quantity,
    });
  return x;
}

/**
 * The range contract: consumption and range at a steady speed (`mode: 'steady'`, the default) or over a
 * drive cycle: `wltp` (WLTC class 3b), `udds` (EPA city), `hwfet` (EPA highway), `epa`, the EPA-style
 * label estimate (lab result × 0.7 over 55 % city and 45 % highway), or `nedc`, the European cycle before
 * the WLTP (at its test mass; the cycle of the older and the Chinese ratings). Every field may be left out for its
 * default ({@link RANGE_CONTRACT}); a speed above the car's top speed is driven at the top speed and
 * reported in `limited`. The result is frozen.
 *
 * @example
 * const r = computeRange(vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 130, tempC: -10 });
 * r.input.fromPct // 100 (the contract's default)
 * r.rangeKm // ≈ 185 (km)
 * @throws {InvalidInputError} naming the field(s), e.g. toPct not below fromPct
 */
export function computeRange(m: VehicleModel, input: RangeInput = {}): RangeResult {
  const { input: c, limited } = resolveInput<ResolvedRange>(RANGE_CONTRACT, carLimits(m), input);
  const grade = libraryNumber(input, 'gradePct', GRADE_LIMITS, 'percent');
  c.gradePct = grade ?? CONDITION_DEFAULTS.gradePct;
  const tripKm = libraryNumber(input, 'tripKm', TRIP_KM_LIMITS, 'distance');
  const rechargeKW = libraryNumber(input, 'rechargeKW', RECHARGE_KW_LIMITS, 'power');
  const core = c.mode === 'steady' ? steadyCore(m, c) : cycleCore(m, c);
  const usableFactor = usableEnergyFactor(c.tempC);
  const energyAvailableKWh = (m.usableKWh * usableFactor * (c.fromPct - c.toPct)) / 100;
  const warmUp = warmUpKWh(c.tempC, c.climate, m.heatPump, m.grossKWh);
  const driving = core.consumptionKWhPer100Km;
  // Warm-up once per trip: spread over the trip's length, or over the whole charge as one drive.
  const rangeKm =
    tripKm !== undefined
      ? (energyAvailableKWh / (driving + (100 * warmUp) / tripKm)) * 100
      : (Math.max(0, energyAvailableKWh - warmUp) / driving) * 100;
  const k = rangeKm > 0 ? (energyAvailableKWh / rangeKm) * 100 : driving + (100 * warmUp) / (tripKm ?? 1);
  const { speedKmh: _unused, ...cycleInput } = c;
  const used = (c.mode === 'steady' ? c : cycleInput) as ResolvedRange;
  const w = CONSUMPTION_HALF_WIDTH * (m.estimated ? ESTIMATED_WIDEN : 1);
  const breakdown = core.breakdown && { ...core.breakdown, warmUpKWhPer100Km: Math.max(0, k - driving) };
  return deepFreeze({
    vehicleId: m.id,
    ...core,
    breakdown,
    consumptionKWhPer100Km: k,
    consumptionKWhPer100KmLow: k * (1 - w),
    consumptionKWhPer100KmHigh: k * (1 + w),
    consumptionAtPlugKWhPer100Km: k / acChargeEfficiency(m, rechargeKW),
    whPerKm: k * 10,
    rangeKm,
    rangeKmLow: rangeKm / (1 + w),
    rangeKmHigh: rangeKm / (1 - w),
    energyAvailableKWh,
    warmUpKWh: warmUp,
    usableFactor,
    input: tripKm !== undefined ? { ...used, tripKm } : used,
    limited,
    assumptions: m.assumptions,
  });
}

/**
 * Consumption and range at a steady speed: {@link computeRange} with `mode: 'steady'`.
 *
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-f56'));
 * steadySpeedRange(m, { speedKmh: 90, tempC: 20, climate: false }).consumptionKWhPer100Km // ≈ 13
 * @throws {InvalidInputError} naming the field
 */
export function steadySpeedRange(m: VehicleModel, input: SteadyInput = {}): RangeResult {
  return computeRange(m, { ...input, mode: 'steady' });
}

/**
 * Consumption and range over a drive cycle: {@link computeRange} with `mode` set to the cycle.
 *
 * @example
 * cycleRange(vehicleModel(getVehicle('cooper-se-j01')), { cycle: 'wltp', tempC: 23, climate: false }).rangeKm // ≈ 402
 */
export function cycleRange(m: VehicleModel, input: CycleInput): RangeResult {
  const { cycle, ...rest } = input;
  if (!(CYCLE_NAMES as readonly string[]).includes(cycle)) throw choiceError('cycle', cycle, CYCLE_NAMES);
  return computeRange(m, { ...rest, mode: cycle });
}

/** EV Database-style real-range table: city, highway and combined × mild and cold. */
export interface ScenarioRow {
  scenario: 'city' | 'highway' | 'combined';
  weather: 'mild' | 'cold';
  tempC: number;
  climate: boolean;
  consumptionKWhPer100Km: number;
  rangeKm: number;
}

/** Conditions of the scenario table: mild = 23 °C without climate, cold = −10 °C with heating. */
export const SCENARIO_WEATHER = {
  mild: { tempC: 23, climate: false },
  cold: { tempC: -10, climate: true },
} as const;
/** Highway scenario speed, km/h (EV Database's definition). */
export const SCENARIO_HIGHWAY_KMH = 110;

/**
 * The scenario table. City drives the UDDS trace; highway a steady 110 km/h; combined is half the
 * distance of each. Full battery to empty.
 * @example scenarioTable(vehicleModel(getVehicle('cooper-se-f56'))).find(r => r.scenario === 'highway' && r.weather === 'cold')?.rangeKm // ≈ 131 (km)
 */
/**
 * The scenario table's highway speed for a car: {@link SCENARIO_HIGHWAY_KMH}, or its top speed if lower.
 * @example scenarioHighwayKmh(vehicleModel(getVehicle('ora-r1'))) // 100
 */
export function scenarioHighwayKmh(m: Pick<VehicleModel, 'topSpeedKmh'>): number {
  return Math.min(SCENARIO_HIGHWAY_KMH, m.topSpeedKmh);
}

export function scenarioTable(m: VehicleModel): ScenarioRow[] {
  const rows: ScenarioRow[] = [];
  for (const weather of ['mild', 'cold'] as const) {
    const w = SCENARIO_WEATHER[weather];
    const city = cycleRange(m, { cycle: 'udds', ...w });
    const hwy = steadySpeedRange(m, { speedKmh: scenarioHighwayKmh(m), ...w });
    const combinedC = (city.consumptionKWhPer100Km + hwy.consumptionKWhPer100Km) / 2;
    const energy = city.energyAvailableKWh;
    for (const [scenario, c] of [
      ['city', city.consumptionKWhPer100Km],
      ['highway', hwy.consumptionKWhPer100Km],
      ['combined', combinedC],
    ] as const) {
      rows.push({ scenario, weather, ...w, consumptionKWhPer100Km: c, rangeKm: (energy / c) * 100 });
    }
  }
  return rows;
}

export interface CurvePoint {
  x: number;
  rangeKm: number;
  consumptionKWhPer100Km: number;
}

/** Where a speed curve's points fall: every `step` in the reader's units (10 km/h, or 5 mph in imperial). */
export interface SpeedSteps {
  system?: UnitSystem;
  /** The step in the reader's unit of speed. Default 10 km/h, or 5 mph in imperial. */
  step?: number;
}

/**
 * Range against steady speed, for a chart or a table: from the first whole step at or above 30 km/h up to
 * the car's top speed, each point's `x` in km/h. With `{ system: 'imperial' }` the points fall on whole
 * mph, so a face can label them without rounding a converted speed.
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * rangeBySpeed(m, { tempC: 0 }).map(p => p.x) // [30, 40, 50, … up to the top speed]
 * @example rangeBySpeed(vehicleModel(getVehicle('cooper-se-f56')), {}, { system: 'imperial' }).map((p) => Math.round(toShown('speed', p.x, 'imperial'))).join(' ') // '20 25 30 35 40 45 50 55 60 65 70 75 80 85 90'
 */
export function rangeBySpeed(
  m: VehicleModel,
  conditions: Conditions = {},
  steps: number | SpeedSteps = 10,
): CurvePoint[] {
  const { system = 'metric', step = system === 'imperial' ? 5 : 10 } =
    typeof steps === 'number' ? { step: steps } : steps;
  if (!(step > 0 && Number.isFinite(step))) throw new InvalidInputError('step', step, 'a number above 0');
  const out: CurvePoint[] = [];
  for (let v = Math.ceil(toShown('speed', 30, system) / step - 1e-9) * step; ; v += step) {
    const s = fromShown('speed', v, system);
    if (s > m.topSpeedKmh + 1e-9) break;
    const r = steadySpeedRange(m, { ...conditions, speedKmh: s });
    out.push({ x: s, rangeKm: r.rangeKm, consumptionKWhPer100Km: r.consumptionKWhPer100Km });
  }
  return out;
}

/**
 * Range against ambient temperature, for a chart: at a steady speed, or over a drive cycle with
 * `mode` (as {@link computeRange} takes it).
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * rangeByTemperature(m, { speedKmh: 100 }).length // 16 (points from −30 to 45 °C)
 * rangeByTemperature(m, { mode: 'wltp' })[10].rangeKm // ≈ 390 (the WLTC at 20 °C)
 */
export function rangeByTemperature(
  m: VehicleModel,
  input: Omit<RangeInput, 'tempC'> = { speedKmh: 100 },
  stepC = 5,
): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let t = -30; t <= 45; t += stepC) {
    const r = computeRange(m, { mode: 'steady', ...input, tempC: t });
    out.push({ x: t, rangeKm: r.rangeKm, consumptionKWhPer100Km: r.consumptionKWhPer100Km });
  }
  return out;
}
