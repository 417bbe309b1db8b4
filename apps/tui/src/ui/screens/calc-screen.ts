import type { FormatOptions, LimitedInput, Market, VehicleModel } from '@mini-ev/core';
import type { Row } from '../rows.js';

/**
 * The inputs the reader set on a calculator screen, by contract field (the rest take core's defaults), and
 * for the running cost the chosen market.
 */
export type Inputs = Record<string, number | string | boolean | Market>;

/** What a calculator screen draws its result with. */
export interface ResultContext {
  m: VehicleModel;
  fmt: FormatOptions;
  /** Room for a chart's bars, in cells. */
  chartWidth: number;
  /** The inputs core limited, worded in the reader's units with the screen's labels. */
  notes: (limited: readonly LimitedInput[]) => Row[];
}

/** A calculator screen: how it asks core for its result, and how it lays that result out. */
export interface CalcScreen<R> {
  compute: (m: VehicleModel, input: Inputs) => R;
  rows: (result: R, ctx: ResultContext) => Row[];
}
