// The running-cost calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import { COST_ANSWER } from './answer';
import * as compute from './compute';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine(COST_ANSWER.name, compute);

earlyAnswer(COST_ANSWER);
