// The charging calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import * as compute from './compute';
import { CHARGE_CALC, CHARGE_FIELDS, chargeInputsOf } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('charging', compute);

earlyAnswer(CHARGE_FIELDS, CHARGE_CALC, (calc) => {
  const inputs = chargeInputsOf(calc);
  const v = inputs.invalid ? undefined : compute.chargeView(inputs);
  if (!v?.ok) return undefined;
  return [
    `${v.minutes} (${v.minutesInterval})`,
    `${v.toBattery} into the battery, ${v.fromGrid} from the grid · average ${v.averagePower}, limited by the ${v.limitedBy}`,
    ...(v.cost ? [`Cost ${v.cost.amount} (${v.cost.interval}) at ${v.cost.price} per kWh`] : []),
  ];
});
