/**
 * How wide an answer's interval is. The half-widths are the 80th percentile of the model's absolute
 * relative errors on its published validation set (src/validation): the accuracy test recomputes them
 * and fails if these constants drift from what the set gives, or if the intervals stop covering about
 * their nominal share. See docs/model.md ("Uncertainty").
 */

/** The share of real measurements an interval is meant to hold. */
export const INTERVAL_SHARE = 0.8;
/** Relative half-width for consumption (and so range) of a car with its own figures. */
export const CONSUMPTION_HALF_WIDTH = 0.1;
/** Relative half-width for a charging time on a measured DC curve or on AC. */
export const CHARGE_HALF_WIDTH = 0.08;
/** Relative half-width for the energy a charge draws from the grid (charging losses). */
export const ENERGY_HALF_WIDTH = 0.05;
/** Wider for a DC time on a generic curve (a shape borrowed from another car). */
export const GENERIC_CURVE_WIDEN = 1.75;
/** Wider for a car whose model rests on estimated or borrowed figures (mass, drag, battery). */
export const ESTIMATED_WIDEN = 1.3;
