import { HWFET_MS } from '../data/cycles/hwfet.js';
import { UDDS_MS } from '../data/cycles/udds.js';
import { WLTC_MS } from '../data/cycles/wltc.js';
import { dataSet } from '../data/index.js';
import { MissingFigureError } from '../errors.js';
import type { CycleRating, Vehicle } from '../schema/index.js';
import { kmhToMs } from '../units/convert.js';
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

/** A vehicle's parameters for calculations, calibrated to its official WLTP figure. */
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
  /** Every default or inference used for this car, said plainly. */
  assumptions: string[];
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

function wltpRating(v: Vehicle): CycleRating | undefined {
  return v.efficiency.find((e) => e.cycle === 'WLTP');
}

/**
 * A car whose published figure can stand in for a missing one: first the same generation, then the same
 * motor and battery, then a J01 hatch with the same motor.
 */
function donor(v: Vehicle, has: (s: Vehicle) => boolean): Vehicle | undefined {
  const samePower = (s: Vehicle) => s.performance.powerKW?.value === v.performance.powerKW?.value;
  const gross = v.battery?.grossKWh?.value;
  const sameBattery = (s: Vehicle) =>
    gross !== undefined && Math.abs((s.battery?.grossKWh?.value ?? 0) - gross) / gross < 0.03;
  const others = dataSet.vehicles.filter((s) => s.id !== v.id && has(s));
  return (
    others.find((s) => v.generation !== undefined && s.generation === v.generation) ??
    others.find((s) => samePower(s) && sameBattery(s)) ??
    others.find((s) => s.bodyStyle === 'hatchback' && s.generation === 'J01' && samePower(s))
  );
}

/** Drag area and rolling resistance from a car's own figures, if it has them. */
function aeroOf(v: Vehicle): { cdaM2: number; crr: number; how: string } | undefined {
  const crr = v.aerodynamics.rollingResistance?.value ?? DEFAULTS.crr;
  const rl = v.aerodynamics.roadLoad;
  if (rl && rl.points.length >= 2) {
    // Two coast-down points give F = A + C v²; CdA from C at the test air density, Crr from A.
    const [p1, p2] = rl.points as [(typeof rl.points)[0], (typeof rl.points)[0]];
    const v1 = kmhToMs(p1.speedKmh);
    const v2 = kmhToMs(p2.speedKmh);
    const c = (p2.force.value - p1.force.value) / (v2 * v2 - v1 * v1);
    return {
      cdaM2: (2 * c) / 1.204,
      crr: (p1.force.value - c * v1 * v1) / (rl.testMassKg.value * 9.80665),
      how: 'coast-down road load',
    };
  }
  if (v.aerodynamics.cdaM2) return { cdaM2: v.aerodynamics.cdaM2.value, crr, how: 'published CdA' };
  const cd = v.aerodynamics.cd?.value;
  if (cd === undefined) return undefined;
  const dims =
    v.dimensions.widthMm && v.dimensions.heightMm
      ? v
      : donor(v, (s) => !!(s.dimensions.widthMm && s.dimensions.heightMm));
  if (!dims?.dimensions.widthMm || !dims.dimensions.heightMm) return undefined;
  const area =
    DEFAULTS.frontalAreaFactor *
    (dims.dimensions.widthMm.value / 1000) *
    (dims.dimensions.heightMm.value / 1000);
  return {
    cdaM2: cd * area,
    crr,
    how: dims === v ? `Cd ${cd} × frontal area` : `Cd ${cd} × frontal area from the ${dims.name} (same body)`,
  };
}

/** The generic DC taper: the measured J01 Cooper SE curve expressed as C-rate (kW per kWh usable). */
function genericCurve(peakKW: number, usableKWh: number): { socPct: number; kW: number }[] {
  const ref = dataSet.vehicles.find((x) => x.charging?.dcCurve?.kind === 'measured');
  const refUsable = ref?.battery?.usableKWh?.value;
  if (!ref?.charging?.dcCurve || !refUsable) throw new Error('no measured reference curve in the data set');
  return ref.charging.dcCurve.points.map((p) => ({
    socPct: p.socPct,
    kW: Math.min(peakKW, (p.kW / refUsable) * usableKWh),
  }));
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

const cache = new Map<string, VehicleModel>();

/**
 * Builds the calculation parameters for a vehicle from its sourced figures, fills documented defaults
 * for what is not published, and calibrates the drivetrain efficiency so that driving the WLTC class 3b
 * trace reproduces the official WLTP figure. Memoised per vehicle id.
 *
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * m.usableKWh // 49.2
 * m.drivetrainEff // ≈ 0.88
 * @throws {MissingFigureError} for concepts and cars without a WLTP figure or battery
 */
export function vehicleModel(v: Vehicle): VehicleModel {
  const hit = cache.get(v.id);
  if (hit) return hit;
  const assumptions: string[] = [];
  if (v.status === 'concept')
    throw new MissingFigureError(v.id, 'battery or range figures', 'it is a concept car');
  const wltp = wltpRating(v);
  if (!wltp?.rangeKm)
    throw new MissingFigureError(v.id, 'WLTP range', 'the model is calibrated to a WLTP figure');

  let usableKWh = v.battery?.usableKWh?.value;
  if (usableKWh === undefined) {
    const gross = v.battery?.grossKWh?.value;
    if (gross === undefined)
      throw new MissingFigureError(v.id, 'battery capacity', 'no gross or usable figure');
    usableKWh = gross * DEFAULTS.usableShareOfGross;
    assumptions.push(`Usable energy estimated as ${DEFAULTS.usableShareOfGross} × ${gross} kWh gross.`);
  }
  const powerKW = v.performance.powerKW?.value ?? 100;
  const topSpeedKmh =
    v.performance.topSpeedKmh?.value ??
    donor(v, (s) => !!s.performance.topSpeedKmh)?.performance.topSpeedKmh?.value ??
    150;
  if (!v.performance.topSpeedKmh)
    assumptions.push(`Top speed taken as ${topSpeedKmh} km/h (same drivetrain).`);

  // Mass in running order incl. driver.
  const runningOrder = (x: Vehicle) => {
    const m = x.dimensions.massKg?.value;
    if (m === undefined) return undefined;
    return x.dimensions.massBasis === 'DIN kerb' ? m + DEFAULTS.driverKg : m;
  };
  let massKg = runningOrder(v);
  if (massKg === undefined) {
    const s = donor(v, (x) => !!x.dimensions.massKg);
    const base = s && runningOrder(s);
    if (!s || base === undefined)
      throw new MissingFigureError(v.id, 'mass', 'no figure and no related car to estimate from');
    const extra =
      v.bodyStyle === s.bodyStyle
        ? 0
        : v.bodyStyle === 'crossover'
          ? DEFAULTS.crossoverExtraMassKg
          : v.bodyStyle === 'convertible'
            ? DEFAULTS.convertibleExtraMassKg
            : 0;
    massKg = base + extra;
    assumptions.push(
      `Mass estimated from the ${s.name} (${base} kg in running order)${extra ? ` plus ${extra} kg for the ${v.bodyStyle} body` : ''}.`,
    );
  }
  const testMassKg = massKg + DEFAULTS.wltpLoadKg;

  let aero = aeroOf(v);
  if (!aero && v.bodyStyle === 'crossover') {
    aero = {
      cdaM2: DEFAULTS.crossoverCdaM2,
      crr: DEFAULTS.crr,
      how: 'assumed for a compact crossover (no published Cd)',
    };
  }
  if (!aero) {
    const s = donor(v, (x) => !!aeroOf(x));
    const sa = s && aeroOf(s);
    if (!s || !sa) throw new MissingFigureError(v.id, 'drag coefficient', 'no Cd, CdA or road-load figures');
    aero = { ...sa, how: `${sa.how} of the ${s.name} (same drivetrain, roof closed)` };
  }
  const { cdaM2, crr } = aero;
  assumptions.push(
    `Drag area ${cdaM2.toFixed(2)} m² and rolling resistance ${crr.toFixed(4)} from ${aero.how}.`,
  );

  const physical: PhysicalParams = {
    testMassKg,
    cdaM2,
    crr,
    rotationalMassFactor: ROTATIONAL_MASS_FACTOR,
    baseAuxKW: BASE_AUX_KW,
    regenMaxKW: DEFAULTS.regenShareOfPower * powerKW,
  };

  const low = wltp.rangeKm.value;
  const high = wltp.rangeKmHigh?.value ?? low;
  const wltpRangeKm = (low + high) / 2;
  if (high !== low)
    assumptions.push(`Calibrated to the middle of the WLTP span ${low}–${high} km (${wltpRangeKm} km).`);
  const wltpBatteryKWhPer100Km = (usableKWh / wltpRangeKm) * 100;
  const drivetrainEff = calibrate(physical, wltpBatteryKWhPer100Km);

  const dcPeakKW = v.charging?.dcPeakKW?.value;
  const acKW = v.charging?.acKW?.value ?? donor(v, (s) => !!s.charging?.acKW)?.charging?.acKW?.value;
  if (!v.charging?.acKW && acKW) assumptions.push(`AC charging taken as ${acKW} kW (same platform).`);
  const measured = v.charging?.dcCurve;
  let charging: ChargingParams;
  if (measured) {
    charging = {
      acKW,
      dcPeakKW,
      dcCurve: measured.points,
      curveKind: measured.kind,
      curveSourceId: measured.sourceId,
    };
  } else {
    charging = {
      acKW,
      dcPeakKW,
      dcCurve: dcPeakKW ? genericCurve(dcPeakKW, usableKWh) : [],
      curveKind: 'generic',
      curveSourceId: undefined,
    };
    if (dcPeakKW)
      assumptions.push(
        'DC curve is generic: the measured J01 Cooper SE taper as C-rate, capped at this car’s peak.',
      );
  }

  const model: VehicleModel = {
    id: v.id,
    name: v.name,
    usableKWh,
    powerKW,
    topSpeedKmh,
    physical,
    drivetrainEff,
    wltpRangeKm,
    wltpBatteryKWhPer100Km,
    charging,
    assumptions,
  };
  cache.set(v.id, model);
  return model;
}

/** Whether calculations are possible for a vehicle (it has a battery and a WLTP figure). */
export function isCalculable(v: Vehicle): boolean {
  return v.status !== 'concept' && !!wltpRating(v)?.rangeKm;
}
