/**
 * Physical constants, the road-load equation and the drivetrain's loss model. Every number here is
 * documented, with its reference, in docs/model.md ("Constants").
 */
import { kmhToMph } from '../units/convert.js';

export const G = 9.80665; // m/s², standard gravity
export const R_AIR = 287.05; // J/(kg·K), specific gas constant of dry air
export const P_SEA_LEVEL = 101_325; // Pa
/** Coast-down results are corrected to 20 °C (SAE J2263 / 40 CFR 1066 standard conditions). */
export const ROAD_LOAD_REFERENCE_C = 20;

/** Air density from temperature at sea-level pressure (ideal gas). @example airDensity(20) // 1.204 */
export function airDensity(tempC: number, pressurePa = P_SEA_LEVEL): number {
  return pressurePa / (R_AIR * (tempC + 273.15));
}

/** A coast-down road load F = A + B·v + C·v² (N, v in m/s), measured at a test mass. */
export interface CoastDown {
  aN: number;
  bNPerMs: number;
  cNPerMs2: number;
  testMassKg: number;
}

/** Everything the road-load and energy model needs about one car, in SI units. */
export interface PhysicalParams {
  /** Mass during the WLTP test: running order incl. driver + 25 kg + 15 % of payload (≈ +85 kg). */
  testMassKg: number;
  cdaM2: number;
  /** Tyre rolling-resistance coefficient at walking speed and 20 °C. */
  crr: number;
  /** Equivalent mass of rotating parts as a share of mass. */
  rotationalMassFactor: number;
  /** Base electrical load of the car's systems with climate off, kW. */
  baseAuxKW: number;
  /** Largest power regeneration can take back, kW at the wheels (the drivetrain's own copy is the one used). @deprecated Read `VehicleModel.drivetrain.regenMaxKW`. */
  regenMaxKW: number;
  /**
   * The maker's coast-down, where published. It replaces Crr and CdA and already holds the drivetrain's
   * own drag, so the model adds no spin loss on top of it.
   */
  coastDown?: CoastDown;
}

/** The drivetrain between battery terminals and wheels: a loss model with fixed and load-dependent terms. */
export interface DrivetrainParams {
  /** Rated (peak) motor power, kW: the copper-loss term scales with load against it. */
  ratedKW: number;
  /** No-load spin loss at 100 km/h, kW (bearings, gear churning, iron losses); 0 with a coast-down. */
  spinKWAt100: number;
  /** Calibrated multiplier on every loss term (1 = the textbook values below). */
  lossScale: number;
  regenMaxKW: number;
}

/**
 * Mechanical spin loss of an unpowered drive at 100 km/h, kW, rising in proportion to speed (bearings,
 * gear churning, the magnets' iron losses): for a car without a coast-down, which would hold it.
 */
export const SPIN_LOSS_KW_AT_100 = 0.6;

export const ROTATIONAL_MASS_FACTOR = 1.03;
/** Low-voltage systems with climate off: control units, pumps, fans, lights (0.2–0.4 kW published). */
export const BASE_AUX_KW = 0.3;
/** Tyre rolling resistance rises as rubber stiffens in the cold: +0.4 % per K below 20 °C. */
export const CRR_COLD_PER_K = 0.004;
/** Radial car tyres: Crr rises about 0.12 % per km/h (Wong, Theory of Ground Vehicles: f = f₀ + 1.42e-5·v). */
export const CRR_SPEED_PER_KMH = 0.0012;
/**
 * Share of the braking power the motor may take back at a speed: it fades out as the car slows, where the
 * motor's back-EMF falls and the friction brakes finish the stop. NREL FASTSim's regeneration limit,
 * 1 / (1 + 500·e^(−0.99·(mph + 1))) (its defaults `regen_a` and `regen_b`, the same for every car in its
 * database; NREL/fastsim, `rust/fastsim-core/src/simdrive/simdrive_impl.rs`): none below about 3 mph,
 * half at 5.3 mph (2.4 m/s), 97 % from 10 mph.
 */
export function regenShareAt(speedMs: number): number {
  return 1 / (1 + 500 * Math.exp(-0.99 * (kmhToMph(speedMs * 3.6) + 1)));
}
/**
 * Share of the braking energy left after the drivetrain that reaches the cells: the cells' charge
 * acceptance (≈ 0.95) times the share the brake system leaves to the motor rather than the friction
 * brakes when it blends them (≈ 0.95).
 */
export const REGEN_BATTERY_EFF = 0.9;
/** Bounds on the battery-to-wheel efficiency over a whole cycle (published drivetrain efficiencies). */
export const CYCLE_EFF_MIN = 0.8;
export const CYCLE_EFF_MAX = 0.92;

/** Rolling resistance coefficient at a temperature and speed. */
export function crrAt(crr: number, tempC: number, speedMs = 0): number {
  return crr * (1 + CRR_COLD_PER_K * Math.max(0, 20 - tempC)) * (1 + CRR_SPEED_PER_KMH * speedMs * 3.6);
}

/** Rolling plus aerodynamic resistance on a flat road, N, from the coast-down where there is one. */
export function roadLoadN(p: PhysicalParams, massKg: number, speedMs: number, tempC: number): number {
  if (speedMs <= 0.01) return 0;
  const cd = p.coastDown;
  if (cd) {
    const cold = 1 + CRR_COLD_PER_K * Math.max(0, 20 - tempC);
    const rho = airDensity(tempC) / airDensity(ROAD_LOAD_REFERENCE_C);
    return (cd.aN * cold * massKg) / cd.testMassKg + cd.bNPerMs * speedMs + cd.cNPerMs2 * rho * speedMs ** 2;
  }
  return massKg * G * crrAt(p.crr, tempC, speedMs) + 0.5 * airDensity(tempC) * p.cdaM2 * speedMs ** 2;
}

/**
 * Traction force at the wheels, N: inertia + rolling + grade + aerodynamic drag.
 * F = m·k·a + m·g·Crr(T, v)·cos θ + m·g·sin θ + ½·ρ(T)·CdA·v²
 */
export function tractionForceN(
  p: PhysicalParams,
  massKg: number,
  speedMs: number,
  accelMs2: number,
  tempC: number,
  gradePct = 0,
): number {
  const theta = Math.atan(gradePct / 100);
  const grade = massKg * G * Math.sin(theta);
  return (
    massKg * p.rotationalMassFactor * accelMs2 +
    roadLoadN(p, massKg, speedMs, tempC) * Math.cos(theta) +
    grade
  );
}

/**
 * Motor and inverter efficiency against output as a share of rated power: NREL FASTSim's modern
 * baseline for motors of 75 kW and more (its large-motor curve raised to a 0.95 peak; NREL/fastsim,
 * rust/fastsim-core/src/params.rs). Low loads are the least efficient: fixed switching and magnetising
 * losses weigh most there.
 */
const MC_OUT_SHARE = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.2, 0.4, 0.6, 0.8, 1] as const;
const MC_EFF = [0.84, 0.86, 0.88, 0.9, 0.91, 0.92, 0.94, 0.95, 0.95, 0.94, 0.93] as const;
/** Single-speed reduction gear efficiency (FASTSim's transmission efficiency for electric cars). */
export const GEAR_EFF = 0.98;

function mcEff(share: number): number {
  if (share >= 1) return MC_EFF[MC_EFF.length - 1]!;
  let i = 1;
  while (MC_OUT_SHARE[i]! < share) i++;
  const x0 = MC_OUT_SHARE[i - 1]!;
  const x1 = MC_OUT_SHARE[i]!;
  const t = (share - x0) / (x1 - x0);
  return MC_EFF[i - 1]! + t * (MC_EFF[i]! - MC_EFF[i - 1]!);
}

/** Drivetrain loss, kW, at a wheel power (either sign) and speed. */
export function drivetrainLossKW(d: DrivetrainParams, wheelKW: number, speedMs: number): number {
  const x = Math.abs(wheelKW);
  const motorOut = x / GEAR_EFF;
  const motorIn = motorOut / mcEff(motorOut / d.ratedKW);
  return d.lossScale * (motorIn - x + (d.spinKWAt100 * speedMs * 3.6) / 100);
}

/**
 * Power drawn from the battery, kW, for a wheel power (positive: driving, negative: braking). Driving adds
 * the drivetrain's losses; braking recovers what is left after the same losses and the cells' charge
 * acceptance, limited by the regeneration cap and fading out as the car comes to a stop.
 */
export function batteryPowerKW(wheelKW: number, speedMs: number, d: DrivetrainParams): number {
  if (wheelKW >= 0) return wheelKW + drivetrainLossKW(d, wheelKW, speedMs);
  const fade = regenShareAt(speedMs);
  const atWheel = -Math.max(wheelKW, -d.regenMaxKW) * fade;
  const net = atWheel - drivetrainLossKW(d, atWheel, speedMs);
  return net > 0 ? -net * REGEN_BATTERY_EFF : 0;
}
