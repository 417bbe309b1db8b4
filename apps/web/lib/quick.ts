import type { InBoth } from './systems';

/**
 * Answers computed and formatted by @mini-ev/core at build time, so the home page ships no calculation or
 * formatting code.
 */
export interface QuickAnswers {
  cars: { id: string; name: string; charge: string; range: Record<string, InBoth<string>> }[];
  speeds: { kmh: number; label: InBoth<string> }[];
  temps: { c: number; label: InBoth<string> }[];
  defaultId: string;
}

export const answerKey = (speed: number, temp: number) => `${speed}|${temp}`;
