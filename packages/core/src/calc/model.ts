import { type CarLimits, type Contract, type NumberField, resolveInput } from '../contract/contract.js';
import { HWFET_MS } from '../cycles/hwfet.js';
import { UDDS_MS } from '../cycles/udds.js';
import { WLTC_MS } from '../cycles/wltc.js';
import { InvalidInputError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import {
  BASE_AUX_KW,
  batteryPowerKW,
  type PhysicalParams,
  ROTATIONAL_MASS_FACTOR,
  tractionForceN,
} from './physics.js';

/** Built-in speed traces, 1 Hz, m/s. */
export const CYCLES = { wltc: WLTC_MS, udds: UDDS_MS, hwfet: HWFET_MS } as const;
export type CycleName = keyof typeof CYCLES;

/** Documented defaults for figures a maker does not publish (see docs/model.md). */
export const DEFAULTS = {
  /** Typical of low-rolling-resistance EV tyres; the F56's coast-down gives 0.0104. */
  crr: 0.01,
  /** Frontal area ≈ 0.85 × width × height for passenger cars. */
  frontalAreaFactor: 0.85,
  /** Usable share of gross capacity: the three MINI packs with both figures give 0.886–0.908. */
  usableShareOfGross: 0.9,
  /** Crossover body over the hatch of the same drivetrain, kg. */
  crossoverExtraMassKg: 110,
  crossoverCdaM2: 0.65,
  /** Convertible over the hatch: roof mechanism and body stiffening, kg. */
  convertibleExtraMassKg: 100,
  /** WLTP test mass over the EU mass in running order (25 kg + 15 % of payload). */
  wltpLoadKg: 85,
  /** Driver, added to a DIN kerb mass to reach the EU mass in running order. */
  driverKg: 75,
  /** Wheel regeneration cap as a share of motor power. */
  regenShareOfPower: 0.4,
  /** AC: on-board charger × battery charge efficiency; standby power of the awake car, kW. */
  acEfficiency: 0.892,
  acStandbyKW: 0.2,
  /** DC: vehicle-side losses between the charger's meter and the cells. */
  dcEfficiency: 0.97,
  /** WLTP is driven at 23 °C with climate off. */
  wltpTempC: 23,
} as const;

export interface ChargingParams {
  acKW: number | undefined;
  dcPeakKW: number | undefined;
  /** Battery-side power limit against state of charge; `generic` when no measured curve exists. */
  dcCurve: { socPct: number; kW: number }[];
  curveKind: 'measured' | 'generic';
  curveSourceId: string | undefined;
}

/** A vehicle's parameters for calculations, calibrated to its official WLTP figure. Frozen. */
export interface VehicleModel {
  id: string;
  name: string;
  usableKWh: number;
  powerKW: number;
  topSpeedKmh: number;
  physical: PhysicalParams;
  /** Battery-to-wheel efficiency found by calibration on the WLTC trace. */
  drivetrainEff: number;
  /** Official WLTP range the model is calibrated to, km. */
  wltpRangeKm: number;
  /** WLTP consumption at the battery implied by usable energy / range, kWh/100 km. */
  wltpBatteryKWhPer100Km: number;
  charging: ChargingParams;
  /** Every default, donor figure or inference used for this car, said plainly. */
  assumptions: readonly string[];
}

/** Shared by range, cost and trip: per-second wheel power sums over a trace. */
export interface TraceSums {
  distanceKm: number;
  seconds: number;
  /** Σ positive wheel energy, kWh. */
  tractionKWh: number;
  /** Σ recoverable braking energy at the wheels (negative), kWh, after regen cap and fade. */
  recoverableKWh: number;
}

/** Drives a speed trace second by second and sums the wheel energy. Independent of drivetrain efficiency. */
export function traceSums(
  physical: PhysicalParams,
  massKg: number,
  trace: readonly number[],
  tempC: number,
  gradePct = 0,
): TraceSums {
  let distanceM = 0;
  let traction = 0;
  let recoverable = 0;
  for (let i = 0; i + 1 < trace.length; i++) {
    const v0 = trace[i]!;
    const v1 = trace[i + 1]!;
    const v = (v0 + v1) / 2;
    const a = v1 - v0;
    distanceM += v;
    const wheelKW = (tractionForceN(physical, massKg, v, a, tempC, gradePct) * v) / 1000;
    if (wheelKW >= 0) traction += wheelKW;
    // Same cap and fade as batteryPowerKW, with efficiency applied later.
    else recoverable += batteryPowerKW(wheelKW, v, 1, physical.regenMaxKW);
  }
  return {
    distanceKm: distanceM / 1000,
    seconds: trace.length - 1,
    tractionKWh: traction / 3600,
    recoverableKWh: recoverable / 3600,
  };
}

/** Battery energy for trace sums at a drivetrain efficiency and constant electrical load, kWh. */
export function traceBatteryKWh(s: TraceSums, eff: number, loadKW: number): number {
  return s.tractionKWh / eff + s.recoverableKWh * eff + (loadKW * s.seconds) / 3600;
}

function calibrate(physical: PhysicalParams, targetKWhPer100Km: number): number {
  const sums = traceSums(physical, physical.testMassKg, WLTC_MS, DEFAULTS.wltpTempC);
  const target = (targetKWhPer100Km * sums.distanceKm) / 100;
  // traceBatteryKWh is decreasing in eff on (0, 1]: bisection.
  let lo = 0.4;
  let hi = 0.99;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (traceBatteryKWh(sums, mid, physical.baseAuxKW) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const num = (
  key: string,
  quantity: NumberField['quantity'],
  label: string,
  min: number,
  max: number,
  extra: Partial<NumberField> = {},
): NumberField => ({
  key,
  type: 'number',
  quantity,
  label,
  help: label,
  min,
  max,
  step: { metric: 1, imperial: 1 },
  ...extra,
});

/** The numbers a car model is calibrated from, with their limits (a sanity check, not a judgement). */
export const CAR_SPEC_CONTRACT: Contract<'car'> = {
  name: 'car',
  title: 'Car',
  summary: 'A car described by plain numbers: enough to calibrate a model.',
  fields: [
    num('usableKWh', 'energy', 'Usable battery energy', 5, 250),
    num('powerKW', 'power', 'Peak motor power', 10, 1000),
    num('topSpeedKmh', 'speed', 'Top speed', 50, 350),
    num('massKg', 'mass', 'Mass in running order with a 75 kg driver', 500, 4000),
    num('cdaM2', 'area', 'Drag area Cd × A', 0.3, 2),
    num('crr', 'ratio', 'Tyre rolling-resistance coefficient', 0.005, 0.02, { default: DEFAULTS.crr }),
    num('wltpRangeKm', 'distance', 'Official WLTP range', 20, 1500),
    num('acKW', 'power', 'On-board AC charger', 1, 43),
    num('dcPeakKW', 'power', 'Peak DC charging power', 5, 500),
  ],
  rules: [],
};

/** A car described by plain numbers: enough to calibrate a model. Use it for a car that is not in the data set. */
export interface CarSpec {
  id: string;
  name: string;
  /** Usable (net) battery energy, kWh. */
  usableKWh: number;
  /** Peak motor power, kW. */
  powerKW: number;
  topSpeedKmh: number;
  /** Mass in running order with a 75 kg driver (the EU figure), kg. */
  massKg: number;
  /** Drag area Cd × A, m². */
  cdaM2: number;
  /** Tyre rolling-resistance coefficient; default 0.010. */
  crr?: number;
  /** Official WLTP range the model is calibrated to, km. */
  wltpRangeKm: number;
  /** On-board AC charger, kW. */
  acKW?: number;
  /** Peak DC charging power, kW. */
  dcPeakKW?: number;
  /** Battery-side DC power limit against state of charge (kW at %), by rising charge; needed for DC. */
  dcCurve?: readonly { socPct: number; kW: number }[];
  curveKind?: 'measured' | 'generic';
  curveSourceId?: string;
  /** Assumptions behind the numbers, carried into the model. */
  assumptions?: readonly string[];
}

const REQUIRED = ['usableKWh', 'powerKW', 'topSpeedKmh', 'massKg', 'cdaM2', 'wltpRangeKm'] as const;

function checkSpec(
  spec: CarSpec,
): Required<Omit<CarSpec, 'acKW' | 'dcPeakKW' | 'dcCurve' | 'curveSourceId'>> & CarSpec {
  for (const k of ['id', 'name'] as const)
    if (typeof spec?.[k] !== 'string' || spec[k] === '')
      throw new InvalidInputError(k, spec?.[k], 'a non-empty string', { rule: 'type' });
  for (const k of REQUIRED)
    if (spec[k] === undefined) throw new InvalidInputError(k, undefined, 'a number', { rule: 'type' });
  const { input } = resolveInput<CarSpec & { crr: number }>(CAR_SPEC_CONTRACT, undefined, spec);
  const curve = spec.dcCurve;
  if (curve !== undefined) {
    const ok =
      Array.isArray(curve) &&
      curve.length >= 2 &&
      curve.every(
        (p, i) =>
          typeof p?.socPct === 'number' &&
          typeof p.kW === 'number' &&
          p.socPct >= 0 &&
          p.socPct <= 100 &&
          p.kW >= 0 &&
          p.kW <= 500 &&
          (i === 0 || p.socPct > curve[i - 1]!.socPct),
      );
    if (!ok)
      throw new InvalidInputError(
        'dcCurve',
        curve,
        'two or more points { socPct 0–100, kW 0–500 } by rising charge',
        {
          rule: 'type',
        },
      );
  }
  if (spec.dcPeakKW !== undefined && curve === undefined)
    throw new InvalidInputError('dcCurve', undefined, 'a DC curve when dcPeakKW is given', { rule: 'type' });
  return { curveKind: 'generic', assumptions: [], ...input };
}

/**
 * Calibrates a model from plain numbers: drives the WLTC class 3b trace and finds the drivetrain efficiency
 * that reproduces the WLTP figure. Pure: reads no data set. The result is frozen.
 *
 * @example
 * const m = calibratedModel({
 *   id: 'my-car', name: 'My car', usableKWh: 50, powerKW: 150, topSpeedKmh: 160,
 *   massKg: 1600, cdaM2: 0.62, wltpRangeKm: 400, dcPeakKW: 100,
 *   dcCurve: [{ socPct: 0, kW: 60 }, { socPct: 50, kW: 100 }, { socPct: 100, kW: 20 }],
 * });
 * m.drivetrainEff // ≈ 0.90
 * @throws {InvalidInputError} naming the field that is missing or out of range
 */
export function calibratedModel(spec: CarSpec): VehicleModel {
  const s = checkSpec(spec);
  const physical: PhysicalParams = {
    testMassKg: s.massKg + DEFAULTS.wltpLoadKg,
    cdaM2: s.cdaM2,
    crr: s.crr,
    rotationalMassFactor: ROTATIONAL_MASS_FACTOR,
    baseAuxKW: BASE_AUX_KW,
    regenMaxKW: DEFAULTS.regenShareOfPower * s.powerKW,
  };
  const wltpBatteryKWhPer100Km = (s.usableKWh / s.wltpRangeKm) * 100;
  return deepFreeze({
    id: s.id,
    name: s.name,
    usableKWh: s.usableKWh,
    powerKW: s.powerKW,
    topSpeedKmh: s.topSpeedKmh,
    physical,
    drivetrainEff: calibrate(physical, wltpBatteryKWhPer100Km),
    wltpRangeKm: s.wltpRangeKm,
    wltpBatteryKWhPer100Km,
    charging: {
      acKW: s.acKW,
      dcPeakKW: s.dcPeakKW,
      dcCurve: s.dcPeakKW && s.dcCurve ? s.dcCurve.map((p) => ({ socPct: p.socPct, kW: p.kW })) : [],
      curveKind: s.curveKind,
      curveSourceId: s.curveSourceId,
    },
    assumptions: [...s.assumptions],
  });
}

/** The limits a calculation contract needs from a model. */
export function carLimits(m: VehicleModel): CarLimits {
  return { topSpeedKmh: m.topSpeedKmh, acKW: m.charging.acKW, dcPeakKW: m.charging.dcPeakKW };
}
