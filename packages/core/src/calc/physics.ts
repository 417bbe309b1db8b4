/**
 * Physical constants and the road-load equation. Every number here is documented in docs/model.md.
 */
export const G = 9.80665; // m/s², standard gravity
export const R_AIR = 287.05; // J/(kg·K), specific gas constant of dry air
export const P_SEA_LEVEL = 101_325; // Pa

/** Air density from temperature at sea-level pressure (ideal gas). @example airDensity(20) // 1.204 */
export function airDensity(tempC: number, pressurePa = P_SEA_LEVEL): number {
  return pressurePa / (R_AIR * (tempC + 273.15));
}

/** Everything the road-load and energy model needs about one car, in SI units. */
export interface PhysicalParams {
  /** Mass during the WLTP test: running order incl. driver + 25 kg + 15 % of payload (≈ +85 kg). */
  testMassKg: number;
  cdaM2: number;
  crr: number;
  /** Equivalent mass of rotating parts as a share of mass. */
  rotationalMassFactor: number;
  /** Base electrical load of the car's systems with climate off, kW. */
  baseAuxKW: number;
  /** Largest power regeneration can take back, kW at the wheels. */
  regenMaxKW: number;
}

export const ROTATIONAL_MASS_FACTOR = 1.03;
export const BASE_AUX_KW = 0.25;
/** Tyre rolling resistance rises as rubber stiffens in the cold: +0.4 % per K below 20 °C. */
export const CRR_COLD_PER_K = 0.004;
/** Regeneration fades out below this speed (m/s) as the motor's back-EMF falls and friction brakes take over. */
export const REGEN_FADE_MS = 3;

/** Rolling resistance coefficient at a temperature. */
export function crrAt(crr: number, tempC: number): number {
  return crr * (1 + CRR_COLD_PER_K * Math.max(0, 20 - tempC));
}

/**
 * Traction force at the wheels, N: inertia + rolling + grade + aerodynamic drag.
 * F = m·k·a + m·g·Crr(T)·cos θ + m·g·sin θ + ½·ρ(T)·CdA·v²
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
  const rolling = speedMs > 0.01 ? massKg * G * crrAt(p.crr, tempC) * Math.cos(theta) : 0;
  const grade = massKg * G * Math.sin(theta);
  const aero = 0.5 * airDensity(tempC) * p.cdaM2 * speedMs * speedMs;
  return massKg * p.rotationalMassFactor * accelMs2 + rolling + grade + aero;
}

/**
 * Power drawn from the battery, kW, for a wheel power (positive: driving, negative: braking).
 * Driving divides by the drivetrain efficiency; braking recovers through the same chain, limited by
 * the regeneration cap and fading out at walking speed.
 */
export function batteryPowerKW(
  wheelKW: number,
  speedMs: number,
  drivetrainEff: number,
  regenMaxKW: number,
): number {
  if (wheelKW >= 0) return wheelKW / drivetrainEff;
  const fade = Math.min(1, speedMs / REGEN_FADE_MS);
  const recovered = Math.max(wheelKW, -regenMaxKW) * fade;
  return recovered * drivetrainEff;
}
