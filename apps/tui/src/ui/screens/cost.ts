import {
  type CostInput,
  type CostResult,
  formatCostPerDistance,
  formatYearlyMoney,
  getMarket,
  marketFormat,
  runningCost,
} from '@mini-ev/core';
import { bar, blank } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Running cost: electric against petrol or diesel, per distance and per year, with bars. */
export const costScreen: CalcScreen<CostResult> = {
  compute: (m, input) => runningCost(m, input as CostInput),
  rows: (r, { chartWidth, fmt }) => {
    const c = r.comparison;
    // In a market: its currency (core's marketFormat); otherwise bare numbers.
    const m = marketFormat(r.market ? getMarket(r.market) : undefined, fmt);
    const max = Math.max(r.perYear, c.perYear);
    const fuel = c.fuel === 'petrol' ? 'Petrol' : 'Diesel';
    return [
      {
        text: `Electric     ${formatCostPerDistance(r.per100Km, m)} · ${formatYearlyMoney(r.perYear, m)} a year`,
        bold: true,
        color: 'green',
      },
      {
        text: `${fuel.padEnd(12)} ${formatCostPerDistance(c.per100Km, m)} · ${formatYearlyMoney(c.perYear, m)} a year`,
      },
      // A negative saving is said in words: the electric car costs more to run.
      c.savingPerYear >= 0
        ? { text: `Saving       ${formatYearlyMoney(c.savingPerYear, m)} a year` }
        : {
            text: `Costs more   ${formatYearlyMoney(-c.savingPerYear, m)} a year to run`,
            color: 'yellow',
          },
      blank,
      { text: `electric ${bar(r.perYear, max, chartWidth)}`, color: 'green' },
      { text: `${c.fuel.padEnd(8)} ${bar(c.perYear, max, chartWidth)}`, color: 'yellow' },
    ];
  },
};
