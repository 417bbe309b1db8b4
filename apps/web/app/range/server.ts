// The range answer the site's server puts in the page for an address (scripts/serve.mjs): bundled for
// Node by scripts/early.mjs.
import { answerInBoth } from '../../lib/early';
import { rangeAnswer } from './answer';
import { RANGE_CALC, RANGE_FIELDS } from './fields';

export const answerFor = (search: string) =>
  answerInBoth('range', RANGE_FIELDS, RANGE_CALC, rangeAnswer, search);
