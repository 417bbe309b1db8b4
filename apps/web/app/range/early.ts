// The range calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import * as compute from './compute';
import { RANGE_CALC, RANGE_FIELDS, rangeInputsOf } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('range', compute);

earlyAnswer(RANGE_FIELDS, RANGE_CALC, (calc) => {
  const { inputs, invalid } = rangeInputsOf(calc);
  const v = invalid ? undefined : compute.rangeView(inputs, calc.system);
  if (!v?.ok) return undefined;
  return [`${v.range} (${v.rangeInterval})`, `${v.consumption} at the battery · ${v.conditions}`, ...v.notes];
});
