/** A string in both unit systems. */
export interface InBoth {
  metric: string;
  imperial: string;
}

/**
 * Answers computed and formatted by @mini-ev/core at build time, so the home page ships no calculation or
 * formatting code.
 */
export interface QuickAnswers {
  cars: { id: string; name: string; charge: string; range: Record<string, InBoth> }[];
  speeds: { kmh: number; label: InBoth }[];
  temps: { c: number; label: InBoth }[];
  defaultId: string;
}

export const answerKey = (speed: number, temp: number) => `${speed}|${temp}`;
