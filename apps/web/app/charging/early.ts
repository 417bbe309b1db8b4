// The charging calculator's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import { chargeAnswer } from './answer';
import * as compute from './compute';
import { CHARGE_CALC, CHARGE_FIELDS } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('charging', compute);

earlyAnswer(CHARGE_FIELDS, CHARGE_CALC, chargeAnswer);
