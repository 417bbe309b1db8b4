/** A car a calculator can use, as the pages pass it to the browser (computed by core at build time). */
export interface CarOption {
  id: string;
  name: string;
  topSpeedKmh: number;
  /** What the contracts' car-dependent defaults and limits read (core's carLimits of the car's model). */
  limits: import('@mini-ev/core').CarLimits;
}

/** A car of the data set no calculation is possible for, with core's reason (notCalculableReason). */
export interface UncalculableCar {
  id: string;
  name: string;
  reason: string;
}

export const DEFAULT_CAR = 'cooper-se-j01';
