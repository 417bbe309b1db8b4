// What the site's server (scripts/serve.mjs) needs from the app, bundled for Node by scripts/early.mjs: each
// calculator's answer for a query string, in both unit systems, and the names the page reads it under.

import { answerInBoth } from '../lib/early';
import { CHARGE_ANSWER } from './charging/answer';
import { COST_ANSWER } from './cost/answer';
import { RANGE_ANSWER } from './range/answer';
import { TRIP_ANSWER } from './trip/answer';

export { SERVER_ANSWER_ID, SERVER_ANSWERED } from '../lib/shared-engine';

/** Each calculator the server answers, by its page's path segment. */
export const answers = {
  range: (search: string) => answerInBoth(RANGE_ANSWER, search),
  charging: (search: string) => answerInBoth(CHARGE_ANSWER, search),
  cost: (search: string) => answerInBoth(COST_ANSWER, search),
  trip: (search: string) => answerInBoth(TRIP_ANSWER, search),
};
