// The running-cost answer the site's server puts in the page for an address (scripts/serve.mjs): bundled
// for Node by scripts/early.mjs.
import { dataSet } from '@mini-ev/core';
import { answerInBoth } from '../../lib/early';
import { costAnswer } from './answer';
import * as compute from './compute';
import { type CostKey, costCalc } from './fields';

export const answerFor = (search: string) =>
  answerInBoth<CostKey, 'fuel' | 'market'>(
    'cost',
    compute.costFields(),
    costCalc(dataSet.markets),
    costAnswer,
    search,
  );
