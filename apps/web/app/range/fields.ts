import type { CycleChoice } from '@mini-ev/core';
import { RANGE_CONTRACT } from '@mini-ev/core';
import { contractFields } from '../../lib/contract-fields';

/** The range calculator's fields: core's contract under the site's URL keys. */
export const RANGE_FIELDS = contractFields(RANGE_CONTRACT, {
  speed: 'speedKmh',
  temp: 'tempC',
  from: 'fromPct',
  to: 'toPct',
  payload: 'payloadKg',
});

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
      /** Inputs core had to limit (e.g. a speed above the top speed), in words. */
      notes: string[];
      /** Where the energy goes, kWh/100 km at the battery (steady speed only). */
      breakdown: { label: string; value: string }[] | undefined;
      bySpeed: ChartView;
      byTemp: ChartView;
    }
  | { ok: false; problem: string };
