import {
  type CostInput,
  type CostResult,
  costSummary,
  getMarket,
  marketPriceNotes,
  runningCost,
} from '@mini-ev/core';
import { bar, blank, resultRows } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Running cost: electric against petrol or diesel, per distance and per year, with bars. */
export const costScreen: CalcScreen<CostResult> = {
  compute: (m, input) => runningCost(m, input as CostInput),
  rows: (r, { chartWidth, fmt }) => {
    const c = r.comparison;
    // Core's words and amounts, in the market's currency when one is chosen.
    const say = costSummary(r, fmt);
    const max = Math.max(r.perYear, c.perYear);
    // Core's lines as core writes them; a saving that is a cost is in yellow.
    return [
      ...resultRows(say.lines, 'electric', say.electricCheaper ? {} : { saving: 'yellow' }),
      blank,
      { text: `electric ${bar(r.perYear, max, chartWidth)}`, color: 'green' },
      { text: `${c.fuel.padEnd(8)} ${bar(c.perYear, max, chartWidth)}`, color: 'yellow' },
      // The prices taken from the market, each with its date, publisher and any dispute (core's words).
      ...(r.market === undefined
        ? []
        : [
            blank,
            ...marketPriceNotes(r, getMarket(r.market), fmt).map((n) => ({
              text: `${n.label}: ${n.said}`,
              color: 'gray' as const,
              // A long entry (a dispute) wraps indented under its label.
              hang: 2,
            })),
          ]),
    ];
  },
};
