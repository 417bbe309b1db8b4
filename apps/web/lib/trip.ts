import type { FieldSpec } from './field-spec';

/** The trip planner's inputs: metric limits and defaults. Shared by the page (build) and the calculator. */
export const TRIP_FIELDS = {
  distance: { label: 'Distance', kind: 'distance', min: 1, max: 10000, def: 600 },
  speed: { label: 'Cruising speed', kind: 'speed', min: 20, max: 250, def: 120 },
  temp: { label: 'Outside temperature', kind: 'temperature', min: -30, max: 45, def: 15 },
  start: { label: 'Charge at departure', kind: 'percent', min: 1, max: 100, def: 90 },
  arrive: { label: 'Least charge on arrival', kind: 'percent', min: 0, max: 90, def: 10 },
  kw: { label: 'Charger power', kind: 'power', min: 1, max: 400, def: 150 },
  spacing: { label: 'A charger every', kind: 'distance', min: 5, max: 1000, def: 60 },
  overhead: { label: 'Minutes lost per stop', kind: 'plain', min: 0, max: 120, def: 5 },
} satisfies Record<string, FieldSpec>;

export type TripInputs = { model: string } & Record<keyof typeof TRIP_FIELDS, number>;

/** What the trip planner shows, every figure formatted by core in one unit system. */
export type TripView =
  | {
      ok: true;
      total: string;
      driving: string;
      charging: string;
      stops: number;
      overhead: string;
      consumption: string;
      arrival: string;
      /** The timeline: distance from the start, and what happens. */
      plan: { at: string; text: string; charge: boolean }[];
      chart: { xLabel: string; points: { x: number; y: number }[] };
    }
  | { ok: false; problem: string };
