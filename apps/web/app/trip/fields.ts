import { type AssumptionNotes, type ChartWords, TRIP_CONTRACT } from '@mini-ev/core';
import type { CalculatorState } from '../../lib/calculator';
import { DEFAULT_CAR } from '../../lib/car-option';
import { contractFields } from '../../lib/contract-fields';
import { defaultsOf } from '../../lib/field-spec';

/** The trip planner's fields: core's contract under the site's URL keys. */
export const TRIP_FIELDS = contractFields(TRIP_CONTRACT, {
  distance: 'distanceKm',
  speed: 'speedKmh',
  temp: 'tempC',
  start: 'startSocPct',
  arrive: 'arrivalSocPct',
  kw: 'chargerKW',
  spacing: 'chargerSpacingKm',
  overhead: 'stopOverheadMin',
});

export type TripInputs = { model: string } & Record<keyof typeof TRIP_FIELDS, number>;

/** The planner's inputs when the address sets none: every value is the contract's default. */
export const tripDefaults = (model = DEFAULT_CAR): TripInputs => ({ model, ...defaultsOf(TRIP_FIELDS) });

/** The planner's inputs as its address gives them (read by readCalculator). */
export const tripInputsOf = (calc: CalculatorState<keyof typeof TRIP_FIELDS>): TripInputs => ({
  model: calc.car.id,
  ...calc.values,
});

/** What the trip planner shows, every figure formatted by core in one unit system. */
export type TripView =
  | {
      ok: true;
      /** What the answer rests on: the car model's flags and its other assumptions, from core. */
      rests: AssumptionNotes;
      /** The total time, from core's tripSummary. */
      total: string;
      /** Driving and charging time, stops and charge on arrival in one line, from core's tripSummary. */
      summary: string;
      consumption: string;
      /** Inputs core had to limit (e.g. a speed above the top speed), in words. */
      notes: string[];
      /** The timeline from core's tripSteps: where, what happens, and why the plan stops at a charger. */
      plan: { at: string; text: string; charge: boolean; why?: string }[];
      /** The charge along the route: core's words for the chart, its points in the reader's units. */
      chart: { words: ChartWords; points: { x: number; y: number }[] };
    }
  | {
      ok: false;
      problem: string;
      fields?: readonly string[] | undefined;
      /**
       * The inputs are fine but no plan drives them: an answer, which the server and the early answer show,
       * as core's head and reason (`problem` is the two in one sentence).
       */
      impossible?: { head: string; reason: string };
    };

/** What the planner reads besides its number fields (its hook and its early answer both use this). */
export const TRIP_CALC = { contract: TRIP_CONTRACT };
