// The charging answer the site's server puts in the page for an address (scripts/serve.mjs): bundled for
// Node by scripts/early.mjs.
import { answerInBoth } from '../../lib/early';
import { chargeAnswer } from './answer';
import { CHARGE_CALC, CHARGE_FIELDS } from './fields';

export const answerFor = (search: string) =>
  answerInBoth('charging', CHARGE_FIELDS, CHARGE_CALC, chargeAnswer, search);
