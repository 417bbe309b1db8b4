import { z } from 'zod';
import { kmhToMs } from '../units/convert.js';
import { climatePowerKW, usableEnergyFactor } from './climate.js';
import { CYCLES, DEFAULTS, traceBatteryKWh, traceSums, type VehicleModel } from './model.js';
import { airDensity, batteryPowerKW, crrAt, G } from './physics.js';
import { validate } from './validate.js';

/** Defaults of every range calculation: what you get for a field you leave out. */
export const CONDITION_DEFAULTS = {
  tempC: 20,
  climate: true,
  payloadKg: 0,
  gradePct: 0,
  fromPct: 100,
  toPct: 0,
} as const;

/** Conditions shared by every range calculation. */
export const ConditionsSchema = z.object({
  tempC: z.number().min(-30).max(45).default(CONDITION_DEFAULTS.tempC).describe('Ambient temperature, °C'),
  /** Heating or air conditioning on (from the temperature). */
  climate: z.boolean().default(CONDITION_DEFAULTS.climate),
  payloadKg: z
    .number()
    .min(0)
    .max(500)
    .default(CONDITION_DEFAULTS.payloadKg)
    .describe('Load beyond the WLTP test load (driver + ~85 kg)'),
  gradePct: z.number().min(-15).max(15).default(CONDITION_DEFAULTS.gradePct),
  fromPct: z
    .number()
    .min(0)
    .max(100)
    .default(CONDITION_DEFAULTS.fromPct)
    .describe('State of charge at the start, %'),
  toPct: z
    .number()
    .min(0)
    .max(100)
    .default(CONDITION_DEFAULTS.toPct)
    .describe('State of charge kept in reserve, %'),
});
export type Conditions = z.input<typeof ConditionsSchema>;

const SteadySchema = ConditionsSchema.extend({ speedKmh: z.number().min(5).max(250) });
export type SteadyInput = z.input<typeof SteadySchema>;

export const CYCLE_NAMES = ['wltp', 'udds', 'hwfet', 'epa'] as const;
export type CycleChoice = (typeof CYCLE_NAMES)[number];
const CycleSchema = ConditionsSchema.extend({ cycle: z.enum(CYCLE_NAMES) });
export type CycleInput = z.input<typeof CycleSchema>;

/** Where the energy goes, kWh/100 km at the battery. */
export interface EnergyBreakdown {
  rollingKWhPer100Km: number;
  aeroKWhPer100Km: number;
  gradeKWhPer100Km: number;
  drivetrainLossKWhPer100Km: number;
  climateKWhPer100Km: number;
  auxiliaryKWhPer100Km: number;
}

export interface RangeResult {
  /** Consumption at the battery, kWh/100 km. */
  consumptionKWhPer100Km: number;
  /** Consumption from the socket at home (AC charging losses included), kWh/100 km. */
  consumptionAtPlugKWhPer100Km: number;
  whPerKm: number;
  /** Distance on the state-of-charge window, km. */
  rangeKm: number;
  /** Energy available in the window at this temperature, kWh. */
  energyAvailableKWh: number;
  usableFactor: number;
  averageSpeedKmh: number;
  climateKW: number;
  breakdown: EnergyBreakdown | undefined;
  /** What was driven: a steady speed or a cycle. */
  mode: string;
}

function checkWindow(c: z.output<typeof ConditionsSchema>) {
  if (c.toPct >= c.fromPct) {
    validate(z.object({ toPct: z.number().max(c.fromPct - 1) }), { toPct: c.toPct });
  }
}

/** Charging efficiency from the socket into the cells for AC at the car's on-board power. */
export function acChargeEfficiency(m: VehicleModel, powerKW = m.charging.acKW ?? 11): number {
  return (powerKW * DEFAULTS.acEfficiency - DEFAULTS.acStandbyKW) / powerKW;
}

function finish(
  m: VehicleModel,
  c: z.output<typeof ConditionsSchema>,
  kWhPer100Km: number,
  averageSpeedKmh: number,
  climateKW: number,
  breakdown: EnergyBreakdown | undefined,
  mode: string,
): RangeResult {
  const usableFactor = usableEnergyFactor(c.tempC);
  const energyAvailableKWh = (m.usableKWh * usableFactor * (c.fromPct - c.toPct)) / 100;
  return {
    consumptionKWhPer100Km: kWhPer100Km,
    consumptionAtPlugKWhPer100Km: kWhPer100Km / acChargeEfficiency(m),
    whPerKm: kWhPer100Km * 10,
    rangeKm: (energyAvailableKWh / kWhPer100Km) * 100,
    energyAvailableKWh,
    usableFactor,
    averageSpeedKmh,
    climateKW,
    breakdown,
    mode,
  };
}

/**
 * Consumption and range at a steady speed.
 *
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-f56'));
 * steadySpeedRange(m, { speedKmh: 90, tempC: 20, climate: false }).consumptionKWhPer100Km // ≈ 13
 * @throws {InvalidInputError} naming the field, e.g. speedKmh above the car's top speed
 */
export function steadySpeedRange(m: VehicleModel, input: SteadyInput): RangeResult {
  const c = validate(SteadySchema.extend({ speedKmh: z.number().min(5).max(m.topSpeedKmh) }), input);
  checkWindow(c);
  const v = kmhToMs(c.speedKmh);
  const mass = m.physical.testMassKg + c.payloadKg;
  const theta = Math.atan(c.gradePct / 100);
  const rollingN = mass * G * crrAt(m.physical.crr, c.tempC) * Math.cos(theta);
  const aeroN = 0.5 * airDensity(c.tempC) * m.physical.cdaM2 * v * v;
  const gradeN = mass * G * Math.sin(theta);
  const wheelKW = ((rollingN + aeroN + gradeN) * v) / 1000;
  const climateKW = c.climate ? climatePowerKW(c.tempC) : 0;
  const batteryKW =
    batteryPowerKW(wheelKW, v, m.drivetrainEff, m.physical.regenMaxKW) + m.physical.baseAuxKW + climateKW;
  // kW ÷ km/h = kWh/km
  const per100 = (kw: number) => (kw / c.speedKmh) * 100;
  const perKmFromN = (n: number) => (n / 3.6e6) * 1000 * 100; // N × 1 km → kWh/100 km
  const consumption = Math.max(per100(batteryKW), 0.1);
  const traction = batteryPowerKW(wheelKW, v, m.drivetrainEff, m.physical.regenMaxKW);
  return finish(
    m,
    c,
    consumption,
    c.speedKmh,
    climateKW,
    {
      rollingKWhPer100Km: perKmFromN(rollingN),
      aeroKWhPer100Km: perKmFromN(aeroN),
      gradeKWhPer100Km: perKmFromN(gradeN),
      drivetrainLossKWhPer100Km: per100(traction - wheelKW),
      climateKWhPer100Km: per100(climateKW),
      auxiliaryKWhPer100Km: per100(m.physical.baseAuxKW),
    },
    `steady ${c.speedKmh} km/h`,
  );
}

function cycleConsumption(
  m: VehicleModel,
  cycle: 'wltc' | 'udds' | 'hwfet',
  c: z.output<typeof ConditionsSchema>,
) {
  const sums = traceSums(m.physical, m.physical.testMassKg + c.payloadKg, CYCLES[cycle], c.tempC, c.gradePct);
  const climateKW = c.climate ? climatePowerKW(c.tempC) : 0;
  const kWh = traceBatteryKWh(sums, m.drivetrainEff, m.physical.baseAuxKW + climateKW);
  return {
    kWhPer100Km: Math.max((kWh / sums.distanceKm) * 100, 0.1),
    averageSpeedKmh: (sums.distanceKm / sums.seconds) * 3600,
    climateKW,
  };
}

/**
 * Consumption and range over a drive cycle: `wltp` (WLTC class 3b), `udds` (EPA city), `hwfet` (EPA
 * highway), or `epa`: the EPA-style label estimate, lab result × 0.7 over 55 % city and 45 % highway.
 *
 * @example
 * cycleRange(vehicleModel(getVehicle('cooper-se-j01')), { cycle: 'wltp', tempC: 23, climate: false }).rangeKm // ≈ 402
 */
export function cycleRange(m: VehicleModel, input: CycleInput): RangeResult {
  const c = validate(CycleSchema, input);
  checkWindow(c);
  if (c.cycle === 'epa') {
    const city = cycleConsumption(m, 'udds', c);
    const hwy = cycleConsumption(m, 'hwfet', c);
    const combined = (0.55 * city.kWhPer100Km + 0.45 * hwy.kWhPer100Km) / 0.7;
    const speed = 1 / (0.55 / city.averageSpeedKmh + 0.45 / hwy.averageSpeedKmh);
    return finish(
      m,
      c,
      combined,
      speed,
      city.climateKW,
      undefined,
      'EPA-style combined (0.7 × 55 % UDDS + 45 % HWFET)',
    );
  }
  const trace = c.cycle === 'wltp' ? 'wltc' : c.cycle;
  const r = cycleConsumption(m, trace, c);
  return finish(
    m,
    c,
    r.kWhPer100Km,
    r.averageSpeedKmh,
    r.climateKW,
    undefined,
    `${c.cycle.toUpperCase()} cycle`,
  );
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
 * @example scenarioTable(vehicleModel(getVehicle('cooper-se-f56'))).find(r => r.scenario === 'highway' && r.weather === 'cold')?.rangeKm
 */
export function scenarioTable(m: VehicleModel): ScenarioRow[] {
  const rows: ScenarioRow[] = [];
  for (const weather of ['mild', 'cold'] as const) {
    const w = SCENARIO_WEATHER[weather];
    const city = cycleRange(m, { cycle: 'udds', ...w });
    const hwy = steadySpeedRange(m, { speedKmh: Math.min(SCENARIO_HIGHWAY_KMH, m.topSpeedKmh), ...w });
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

/**
 * Range against steady speed, for a chart.
 * @example rangeBySpeed(m, { tempC: 0 }).map(p => p.x) // [30, 40, … up to the top speed]
 */
export function rangeBySpeed(m: VehicleModel, conditions: Conditions = {}, stepKmh = 10): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let s = 30; s <= m.topSpeedKmh; s += stepKmh) {
    const r = steadySpeedRange(m, { ...conditions, speedKmh: s });
    out.push({ x: s, rangeKm: r.rangeKm, consumptionKWhPer100Km: r.consumptionKWhPer100Km });
  }
  return out;
}

/**
 * Range against ambient temperature at a steady speed, for a chart.
 * @example rangeByTemperature(m, { speedKmh: 100 }).length // 16 points from −30 to 45 °C
 */
export function rangeByTemperature(
  m: VehicleModel,
  input: Omit<SteadyInput, 'tempC'> = { speedKmh: 100 },
  stepC = 5,
): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let t = -30; t <= 45; t += stepC) {
    const r = steadySpeedRange(m, { ...input, tempC: t });
    out.push({ x: t, rangeKm: r.rangeKm, consumptionKWhPer100Km: r.consumptionKWhPer100Km });
  }
  return out;
}
