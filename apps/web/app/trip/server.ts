// The trip answer the site's server puts in the page for an address (scripts/serve.mjs): bundled for
// Node by scripts/early.mjs.
import { answerInBoth } from '../../lib/early';
import { tripAnswer } from './answer';
import { TRIP_CALC, TRIP_FIELDS } from './fields';

export const answerFor = (search: string) => answerInBoth('trip', TRIP_FIELDS, TRIP_CALC, tripAnswer, search);
