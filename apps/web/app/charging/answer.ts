// The charging calculator's answer for an address, in lines and as the calculator's view: its early answer
// (early.ts) shows the lines, the site's server (app/server-answers.ts) puts both in the page.
import type { CalculatorState } from '../../lib/calculator';
import type { Answer, Answering } from '../../lib/early';
import { inputsKey } from '../../lib/shared-engine';
import * as compute from './compute';
import { CHARGE_CALC, CHARGE_FIELDS, type ChargeView, chargeInputsOf } from './fields';

export function chargeAnswer(
  calc: CalculatorState<keyof typeof CHARGE_FIELDS, 'ac'>,
): Answer<ChargeView> | undefined {
  const inputs = chargeInputsOf(calc);
  const v = inputs.invalid ? undefined : compute.chargeView(inputs, calc.system);
  if (!v?.ok) return undefined;
  return {
    lines: [v.minutesText, ...v.lines.map((l) => `${l.label} ${l.value}`)],
    view: v,
    key: inputsKey(inputs),
  };
}

/** How the charging calculator answers an address: for its early answer and the site's server. */
export const CHARGE_ANSWER: Answering<keyof typeof CHARGE_FIELDS, 'ac'> = {
  name: 'charging',
  fields: CHARGE_FIELDS,
  opts: CHARGE_CALC,
  answer: chargeAnswer,
};
