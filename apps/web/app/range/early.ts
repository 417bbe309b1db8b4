// The range calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import { rangeAnswer } from './answer';
import * as compute from './compute';
import { RANGE_CALC, RANGE_FIELDS } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('range', compute);

earlyAnswer(RANGE_FIELDS, RANGE_CALC, rangeAnswer);
