// The charging calculator's answer for an address, in lines and as the calculator's view: its early answer
// (early.ts) shows the lines, the site's server (server.ts) puts both in the page.
import type { CalculatorState } from '../../lib/calculator';
import type { Answer } from '../../lib/early';
import { inputsKey } from '../../lib/shared-engine';
import * as compute from './compute';
import { type CHARGE_FIELDS, type ChargeView, chargeInputsOf } from './fields';

export function chargeAnswer(
  calc: CalculatorState<keyof typeof CHARGE_FIELDS, 'ac'>,
): Answer<ChargeView> | undefined {
  const inputs = chargeInputsOf(calc);
  const v = inputs.invalid ? undefined : compute.chargeView(inputs);
  if (!v?.ok) return undefined;
  return {
    lines: [
      `${v.minutes} (${v.minutesInterval})`,
      `${v.toBattery} into the battery, ${v.fromGrid} from the grid · average ${v.averagePower}, limited by the ${v.limitedBy}`,
      ...(v.cost ? [`Cost ${v.cost.amount} (${v.cost.interval}) at ${v.cost.price} per kWh`] : []),
    ],
    view: v,
    key: inputsKey(inputs),
  };
}
