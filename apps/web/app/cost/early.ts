// The running-cost calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { dataSet } from '@mini-ev/core';
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import * as compute from './compute';
import { type CostKey, costCalc, costInputsOf } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('cost', compute);

earlyAnswer<CostKey, 'fuel' | 'market'>(compute.costFields(), costCalc(dataSet.markets), (calc) => {
  const { inputs, invalid } = costInputsOf(calc, dataSet.markets);
  const v = invalid ? undefined : compute.costView(inputs, calc.system);
  if (!v?.ok) return undefined;
  return [
    `${v.perYear} a year`,
    `${v.per100Km} · ${v.consumption} at the battery · ${v.fuel === 'petrol' ? 'petrol' : 'diesel'}: ${v.fuelPerYear} a year`,
  ];
});
