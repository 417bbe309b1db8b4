// The trip planner's early answer (lib/early.ts): bundled on its own by scripts/early.mjs.
import { earlyAnswer } from '../../lib/early';
import { tripView } from './compute';
import { TRIP_CALC, TRIP_FIELDS, tripInputsOf } from './fields';

earlyAnswer(TRIP_FIELDS, TRIP_CALC, (calc) => {
  const v = calc.invalid ? undefined : tripView(tripInputsOf(calc), calc.system);
  if (!v?.ok) return undefined;
  return [
    v.total,
    `${v.driving} driving, ${v.charging} charging in ${v.stops} stop${v.stops === 1 ? '' : 's'} · arrive with ${v.arrival}`,
  ];
});
