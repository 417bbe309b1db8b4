/** Answers computed by @mini-ev/core at build time, so the home page ships no calculation code. */
export interface QuickAnswers {
  cars: { id: string; name: string; chargeMinutes: number; rangeKm: Record<string, number> }[];
  speeds: number[];
  temps: number[];
  defaultId: string;
}

export const answerKey = (speed: number, temp: number) => `${speed}|${temp}`;
