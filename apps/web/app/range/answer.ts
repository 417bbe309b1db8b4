// The range calculator's answer for an address, in lines and as the calculator's view: its early answer
// (early.ts) shows the lines, the site's server (app/server-answers.ts) puts both in the page.
import type { CalculatorState } from '../../lib/calculator';
import type { Answer, Answering } from '../../lib/early';
import { inputsKey } from '../../lib/shared-engine';
import * as compute from './compute';
import { RANGE_CALC, RANGE_FIELDS, type RangeView, rangeInputsOf } from './fields';

export function rangeAnswer(
  calc: CalculatorState<keyof typeof RANGE_FIELDS, 'mode' | 'climate'>,
): Answer<RangeView> | undefined {
  const { inputs, invalid } = rangeInputsOf(calc);
  const v = invalid ? undefined : compute.rangeView(inputs, calc.system);
  if (!v?.ok) return undefined;
  return {
    lines: [v.rangeText, ...v.lines.map((l) => `${l.label} ${l.value}`), ...v.notes],
    view: v,
    key: inputsKey(inputs),
  };
}

/** How the range calculator answers an address: for its early answer and the site's server. */
export const RANGE_ANSWER: Answering<keyof typeof RANGE_FIELDS, 'mode' | 'climate'> = {
  name: 'range',
  fields: RANGE_FIELDS,
  opts: RANGE_CALC,
  answer: rangeAnswer,
};
