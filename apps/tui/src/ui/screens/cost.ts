import { type CostInput, type CostResult, formatMoney, formatYearlyMoney, runningCost } from '@mini-ev/core';
import { bar, blank } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Running cost: electric against petrol or diesel, per 100 km and per year, with bars. */
export const costScreen: CalcScreen<CostResult> = {
  compute: (m, input) => runningCost(m, input as CostInput),
  rows: (r, { chartWidth }) => {
    const c = r.comparison;
    const max = Math.max(r.perYear, c.perYear);
    const fuel = c.fuel === 'petrol' ? 'Petrol' : 'Diesel';
    return [
      {
        text: `Electric     ${formatMoney(r.per100Km)} per 100 km · ${formatYearlyMoney(r.perYear)} a year`,
        bold: true,
        color: 'green',
      },
      {
        text: `${fuel.padEnd(12)} ${formatMoney(c.per100Km)} per 100 km · ${formatYearlyMoney(c.perYear)} a year`,
      },
      { text: `Saving       ${formatYearlyMoney(c.savingPerYear)} a year` },
      blank,
      { text: `electric ${bar(r.perYear, max, chartWidth)}`, color: 'green' },
      { text: `${c.fuel.padEnd(8)} ${bar(c.perYear, max, chartWidth)}`, color: 'yellow' },
    ];
  },
};
