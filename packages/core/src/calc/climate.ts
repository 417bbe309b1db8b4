/**
 * Temperature effects that are not road load: cabin heating and cooling (steady, and a warm-up per trip),
 * warming a cold battery, and the small loss of usable energy in a cold pack. Constants and their
 * references are in docs/model.md ("Cold weather").
 */

/** Below this ambient temperature the cabin is heated (balance point with solar and body heat), °C. */
export const HEATING_BELOW_C = 18;
/** Cabin set point, °C. */
export const CABIN_SET_C = 21;
/** Blower, demisting and controls while heating, kW (electric). */
export const HEATING_BASE_KW = 0.3;
/** Steady heat the cabin loses per kelvin below the balance point (ventilation and conduction), kW/K. */
export const HEATING_KW_PER_K = 0.09;
/** Largest heater output, kW (a typical 5–7 kW coolant or air heater). */
export const HEATING_MAX_KW = 6;
/** Above this ambient temperature the air conditioning runs, °C. */
export const COOLING_ABOVE_C = 24;
export const COOLING_BASE_KW = 0.25;
export const COOLING_KW_PER_K = 0.06;
/** Heat to bring the cabin's air and trim from ambient to the set point, kWh per kelvin. */
export const CABIN_WARMUP_KWH_PER_K = 0.025;
/** Below this temperature the car warms its battery on the move (to keep regeneration and power), °C. */
export const PACK_WARM_BELOW_C = 0;
/** Heat capacity of a pack per kWh of gross capacity, kWh/K (≈ 6 kg/kWh at ≈ 0.9 kJ/(kg·K)). */
export const PACK_KWH_PER_K_PER_KWH = 0.0015;
/** A pack runs this much above ambient over a drive (its own losses), K. */
export const PACK_SELF_HEAT_K = 5;
/** Usable energy falls by this share per kelvin of pack temperature below 15 °C. */
export const USABLE_LOSS_PER_K = 0.002;
export const USABLE_MIN_FACTOR = 0.9;

/**
 * Coefficient of performance of a heat pump at an ambient temperature: about 2.5 at 7 °C, falling
 * about 0.06 per kelvin, never below 1 (the resistive back-up takes over).
 * @example heatPumpCop(7) // 2.5
 * @example heatPumpCop(-20) // 1
 */
export function heatPumpCop(tempC: number): number {
  return Math.max(1, Math.min(3, 2.5 + 0.06 * (tempC - 7)));
}

/**
 * Steady electrical power of heating or air conditioning at an ambient temperature, kW. With a heat pump
 * the heat is divided by its COP; without, it is resistive.
 * @example climatePowerKW(-10) // ≈ 2.82
 * @example climatePowerKW(-10, true) // ≈ 2.0
 * @example climatePowerKW(23) // 0
 */
export function climatePowerKW(tempC: number, heatPump = false): number {
  if (tempC < HEATING_BELOW_C) {
    const heat = Math.min(HEATING_MAX_KW, HEATING_KW_PER_K * (HEATING_BELOW_C - tempC));
    return HEATING_BASE_KW + heat / (heatPump ? heatPumpCop(tempC) : 1);
  }
  if (tempC > COOLING_ABOVE_C) return COOLING_BASE_KW + COOLING_KW_PER_K * (tempC - COOLING_ABOVE_C);
  return 0;
}

/**
 * Energy spent once per trip to bring a cold car up to temperature, kWh: the cabin (with climate on) and
 * the pack (the car does this itself). This is why short winter trips cost more per km than long ones.
 * @example warmUpKWh(-10, true, false, 54.2) // ≈ 1.6
 * @example warmUpKWh(20, true, false, 54.2) // 0
 */
export function warmUpKWh(tempC: number, climate: boolean, heatPump: boolean, grossKWh: number): number {
  const cabin =
    climate && tempC < HEATING_BELOW_C
      ? (CABIN_WARMUP_KWH_PER_K * (CABIN_SET_C - tempC)) / (heatPump ? heatPumpCop(tempC) : 1)
      : 0;
  const pack = PACK_KWH_PER_K_PER_KWH * grossKWh * Math.max(0, PACK_WARM_BELOW_C - tempC);
  return cabin + pack;
}

/**
 * Share of the nominal usable energy available with the pack at ambient plus its own warming.
 * @example usableEnergyFactor(-10) // 0.96
 */
export function usableEnergyFactor(tempC: number): number {
  const pack = tempC + PACK_SELF_HEAT_K;
  return Math.max(USABLE_MIN_FACTOR, 1 - USABLE_LOSS_PER_K * Math.max(0, 15 - pack));
}
