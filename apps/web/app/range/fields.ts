import type { AssumptionNotes, ChartWords, ResultLine } from '@mini-ev/core';
import { CYCLE_NAMES, defaultOf, fieldOf, RANGE_CONTRACT } from '@mini-ev/core';
import type { CalculatorState } from '../../lib/calculator';
import { DEFAULT_CAR } from '../../lib/car-option';
import { contractFields } from '../../lib/contract-fields';
import { defaultsOf } from '../../lib/field-spec';

/** The range calculator's fields: core's contract under the site's URL keys. */
export const RANGE_FIELDS = contractFields(RANGE_CONTRACT, {
  speed: 'speedKmh',
  temp: 'tempC',
  from: 'fromPct',
  to: 'toPct',
  payload: 'payloadKg',
});

/** What the calculator reads besides its number fields (its hook and its early answer both use this). */
export const RANGE_CALC = { also: ['mode', 'climate'] as const, contract: RANGE_CONTRACT };

/** A steady speed, or one of core's drive cycles. */
export const RANGE_MODES = ['steady', ...CYCLE_NAMES] as const;
export type RangeMode = (typeof RANGE_MODES)[number];

export type RangeInputs = { model: string; mode: RangeMode; climate: boolean } & Record<
  keyof typeof RANGE_FIELDS,
  number
>;

/** The contract's default mode and climate setting, for an address that does not set them. */
export const RANGE_MODE_DEFAULT = defaultOf(fieldOf(RANGE_CONTRACT, 'mode'), undefined) as RangeMode;
export const CLIMATE_DEFAULT = defaultOf(fieldOf(RANGE_CONTRACT, 'climate'), undefined) as boolean;

/**
 * The calculator's inputs as its address gives them (read by readCalculator), and whether a field blocks
 * the result: on a drive cycle the speed is not used, so a bad speed does not.
 */
export function rangeInputsOf(calc: CalculatorState<keyof typeof RANGE_FIELDS, 'mode' | 'climate'>): {
  inputs: RangeInputs;
  invalid: boolean;
} {
  const mode = RANGE_MODES.find((m) => m === calc.q.mode) ?? RANGE_MODE_DEFAULT;
  // The address says `climate=off` (or `on`); without it, the contract's default.
  const climate = calc.q.climate === 'off' ? false : calc.q.climate === 'on' ? true : CLIMATE_DEFAULT;
  const invalid = calc.keys.some((k) => (mode === 'steady' || k !== 'speed') && !!calc.parsed[k].error);
  return { inputs: { model: calc.car.id, mode, climate, ...calc.values }, invalid };
}

/** The calculator's inputs when the address sets none: every value is the contract's default. */
export const rangeDefaults = (model = DEFAULT_CAR): RangeInputs => ({
  model,
  mode: RANGE_MODE_DEFAULT,
  climate: CLIMATE_DEFAULT,
  ...defaultsOf(RANGE_FIELDS),
});

type Pt = { x: number; y: number };
/** A chart in core's words (title, axes, series) with its points in the reader's units. */
type ChartView = { words: ChartWords; points: Pt[]; markX: number | undefined };

/** What the range calculator shows, every figure formatted by core in one unit system. */
export type RangeView =
  | {
      ok: true;
      /** What the answer rests on: the car model's flags and its other assumptions, from core. */
      rests: AssumptionNotes;
      range: string;
      /** The 80 % interval's ends, in the range's unit. */
      rangeInterval: string;
      /** The range with its interval as core says it in one line: "240 km (218–267)". */
      rangeText: string;
      /** Core's answer lines under the range: consumption, what was driven, the conditions, the energy. */
      lines: ResultLine[];
      /** Inputs core had to limit (e.g. a speed above the top speed), in words. */
      notes: string[];
      /** Where the energy goes, per 100 km or 100 mi at the battery (steady speed only): core's table. */
      breakdown:
        | { title: string; unit: string; rows: { key: string; label: string; value: string }[] }
        | undefined;
      bySpeed: ChartView;
      byTemp: ChartView;
    }
  | { ok: false; problem: string; fields?: readonly string[] | undefined };
