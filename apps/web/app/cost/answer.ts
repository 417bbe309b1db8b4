// The running-cost calculator's answer for an address, in lines and as the calculator's view: its early
// answer (early.ts) shows the lines, the site's server (app/server-answers.ts) puts both in the page.
import { dataSet } from '@mini-ev/core';
import type { CalculatorState } from '../../lib/calculator';
import type { Answer, Answering } from '../../lib/early';
import { inputsKey } from '../../lib/shared-engine';
import * as compute from './compute';
import { type CostKey, type CostView, costCalc, costInputsOf } from './fields';

export function costAnswer(calc: CalculatorState<CostKey, 'fuel' | 'market'>): Answer<CostView> | undefined {
  const { inputs, invalid } = costInputsOf(calc, dataSet.markets);
  const v = invalid ? undefined : compute.costView(inputs, calc.system);
  if (!v?.ok) return undefined;
  return {
    lines: [
      `${v.summary.perYear} ${v.summary.yearly}`,
      ...v.summary.lines.filter((l) => l.key !== 'co2').map((l) => `${l.label} ${l.value}`),
    ],
    view: v,
    key: inputsKey(inputs),
  };
}

/** How the running-cost calculator answers an address: for its early answer and the site's server. */
export const COST_ANSWER: Answering<CostKey, 'fuel' | 'market'> = {
  name: 'cost',
  fields: compute.costFields(),
  opts: costCalc(dataSet.markets),
  answer: costAnswer,
};
