/** A car a calculator can use, as the pages pass it to the browser (computed by core at build time). */
export interface CarOption {
  id: string;
  name: string;
  topSpeedKmh: number;
}

export const DEFAULT_CAR = 'cooper-se-j01';
