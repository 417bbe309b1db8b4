// The trip planner's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { shareEngine } from '../../lib/shared-engine';
import * as compute from './compute';
import { TRIP_CALC, TRIP_FIELDS, tripInputsOf } from './fields';

// The framework's calculator takes this engine instead of downloading core again.
shareEngine('trip', compute);

earlyAnswer(TRIP_FIELDS, TRIP_CALC, (calc) => {
  const v = calc.invalid ? undefined : compute.tripView(tripInputsOf(calc), calc.system);
  if (!v?.ok) return undefined;
  return [
    v.total,
    `${v.driving} driving, ${v.charging} charging in ${v.stops} stop${v.stops === 1 ? '' : 's'} · arrive with ${v.arrival}`,
  ];
});
