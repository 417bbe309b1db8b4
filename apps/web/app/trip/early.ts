// The trip planner's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import { tripAnswer } from './answer';
import * as compute from './compute';
import { TRIP_CALC, TRIP_FIELDS } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('trip', compute);

earlyAnswer(TRIP_FIELDS, TRIP_CALC, tripAnswer);
