// The trip planner's answer for an address, in lines and as the calculator's view: its early answer
// (early.ts) shows the lines, the site's server (app/server-answers.ts) puts both in the page.
import type { CalculatorState } from '../../lib/calculator';
import type { Answer, Answering } from '../../lib/early';
import { inputsKey } from '../../lib/shared-engine';
import * as compute from './compute';
import { TRIP_CALC, TRIP_FIELDS, type TripView, tripInputsOf } from './fields';

export function tripAnswer(
  calc: CalculatorState<keyof typeof TRIP_FIELDS, never>,
): Answer<TripView> | undefined {
  if (calc.invalid) return undefined;
  const inputs = tripInputsOf(calc);
  const v = compute.tripView(inputs, calc.system);
  // A trip no plan can drive is an answer too: core's head as the big line, its reason under it.
  if (v && !v.ok && v.impossible)
    return { lines: [v.impossible.head, v.impossible.reason], view: v, key: inputsKey(inputs) };
  if (!v?.ok) return undefined;
  return {
    lines: [v.total, `${v.summary} · ${v.consumption}`],
    view: v,
    key: inputsKey(inputs),
  };
}

/** How the trip calculator answers an address: for its early answer and the site's server. */
export const TRIP_ANSWER: Answering<keyof typeof TRIP_FIELDS, never> = {
  name: 'trip',
  fields: TRIP_FIELDS,
  opts: TRIP_CALC,
  answer: tripAnswer,
};
