// The running-cost calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { dataSet } from '@mini-ev/core';
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import { costAnswer } from './answer';
import * as compute from './compute';
import { type CostKey, costCalc } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('cost', compute);

earlyAnswer<CostKey, 'fuel' | 'market'>(compute.costFields(), costCalc(dataSet.markets), costAnswer);
