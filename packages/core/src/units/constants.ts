/**
 * Exact or defined conversion constants. Every one of these is a definition, not a measurement.
 * - 1 mile = 1.609344 km (international yard and pound agreement, 1959)
 * - 1 foot = 0.3048 m, 1 inch = 25.4 mm
 * - 1 PS (metric horsepower) = 75 kgf·m/s = 0.73549875 kW
 * - 1 hp (mechanical, imperial) = 550 ft·lbf/s = 0.745699872 kW
 * - 1 lb = 0.45359237 kg, 1 lbf = 4.4482216152605 N (1 lb × standard gravity), 1 lbf·ft = 1.3558179483 N·m
 * - 1 US gallon = 3.785411784 L, 1 imperial (UK) gallon = 4.54609 L; EPA MPGe uses 33.705 kWh per gallon of gasoline equivalent
 */
export const KM_PER_MILE = 1.609344;
export const M_PER_FOOT = 0.3048;
export const MM_PER_INCH = 25.4;
export const KW_PER_PS = 0.73549875;
export const KW_PER_HP = 0.745699872;
export const KG_PER_LB = 0.45359237;
export const NM_PER_LBFT = 1.3558179483;
export const N_PER_LBF = 4.4482216152605;
export const L_PER_US_GALLON = 3.785411784;
export const L_PER_UK_GALLON = 4.54609;
/** 1 cubic foot = 0.3048³ m³ = 28.316846592 L (boot volumes in the US). */
export const L_PER_CUBIC_FOOT = 28.316846592;
export const KWH_PER_GALLON_EQUIVALENT = 33.705;
