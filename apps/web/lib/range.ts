import type { CycleChoice } from '@mini-ev/core';
import type { FieldSpec } from './field-spec';

/** The range calculator's inputs: metric limits and defaults. Shared by the page and the calculator. */
export const RANGE_FIELDS = {
  speed: { label: 'Speed', kind: 'speed', min: 5, max: 250, def: 110 },
  temp: { label: 'Outside temperature', kind: 'temperature', min: -30, max: 45, def: 20 },
  from: { label: 'Start charge', kind: 'percent', min: 1, max: 100, def: 100 },
  to: { label: 'Keep in reserve', kind: 'percent', min: 0, max: 99, def: 10 },
  payload: {
    label: 'Extra load',
    kind: 'plain',
    min: 0,
    max: 500,
    def: 0,
    hint: 'kg beyond driver and luggage',
  },
} satisfies Record<string, FieldSpec>;

/** A steady speed, or one of core's drive cycles (CYCLE_NAMES; a unit test keeps the two in step). */
export const RANGE_MODES = ['steady', 'wltp', 'udds', 'hwfet', 'epa'] as const satisfies readonly (
  | 'steady'
  | CycleChoice
)[];
export type RangeMode = (typeof RANGE_MODES)[number];

export type RangeInputs = { model: string; mode: RangeMode; climate: boolean } & Record<
  keyof typeof RANGE_FIELDS,
  number
>;

type Pt = { x: number; y: number };
type ChartView = { title: string; xLabel: string; yLabel: string; points: Pt[]; markX: number | undefined };

/** What the range calculator shows, every figure formatted by core in one unit system. */
export type RangeView =
  | {
      ok: true;
      range: string;
      consumption: string;
      plug: string;
      conditions: string;
      /** Where the energy goes, kWh/100 km at the battery (steady speed only). */
      breakdown: { label: string; value: string }[] | undefined;
      bySpeed: ChartView;
      byTemp: ChartView;
    }
  | { ok: false; problem: string };
