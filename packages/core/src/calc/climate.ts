/**
 * Temperature effects that are not road load: cabin climate and the battery's usable energy.
 * Constants and their reasoning are in docs/model.md.
 */

/** Below this ambient temperature the cabin is heated, °C. */
export const HEATING_BELOW_C = 18;
/** Electrical heating demand per kelvin below {@link HEATING_BELOW_C}, kW/K (cabin plus battery warming). */
export const HEATING_KW_PER_K = 0.06;
/** Largest steady heating draw, kW. */
export const HEATING_MAX_KW = 4.5;
/** Above this ambient temperature the air conditioning runs, °C. */
export const COOLING_ABOVE_C = 24;
export const COOLING_BASE_KW = 0.25;
export const COOLING_KW_PER_K = 0.06;
/** Usable energy falls by this share per kelvin below 20 °C (slower chemistry, higher internal resistance). */
export const USABLE_LOSS_PER_K = 0.004;
export const USABLE_MIN_FACTOR = 0.75;

/**
 * Steady electrical power of heating or air conditioning at an ambient temperature, kW.
 * @example climatePowerKW(-10) // 1.68
 * @example climatePowerKW(23) // 0
 */
export function climatePowerKW(tempC: number): number {
  if (tempC < HEATING_BELOW_C) return Math.min(HEATING_MAX_KW, HEATING_KW_PER_K * (HEATING_BELOW_C - tempC));
  if (tempC > COOLING_ABOVE_C) return COOLING_BASE_KW + COOLING_KW_PER_K * (tempC - COOLING_ABOVE_C);
  return 0;
}

/**
 * Share of the nominal usable energy available at a battery temperature (taken as ambient).
 * @example usableEnergyFactor(-10) // 0.88
 */
export function usableEnergyFactor(tempC: number): number {
  return Math.max(USABLE_MIN_FACTOR, 1 - USABLE_LOSS_PER_K * Math.max(0, 20 - tempC));
}
