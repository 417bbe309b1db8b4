import {
  type CostInput,
  type FormatOptions,
  formatConsumption,
  formatCostPerDistance,
  formatFuelVolume,
  formatMass,
  formatMoney,
  formatNumber,
  formatYearlyMoney,
  getVehicle,
  runningCost,
  vehicleModel,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { bold, estimateLines, pairs } from '../output.js';

export function costCommand(id: string, input: CostInput, fmt: FormatOptions): Output {
  const m = vehicleModel(getVehicle(id));
  const r = runningCost(m, input);
  const a = r.input;
  const lines: [string, string][] = [
    ['car', m.name],
    [
      'consumption',
      `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery; ${formatConsumption(r.energyPer100KmKWh, fmt)} bought, charging losses included`,
    ],
    ['average price', `${formatMoney(r.pricePerKWh, { digits: 3 })} per kWh`],
    ['running cost', bold(formatCostPerDistance(r.per100Km, fmt))],
    ['per year', bold(formatYearlyMoney(r.perYear))],
  ];
  if (r.co2KgPerYear !== undefined) lines.push(['CO2 per year', formatMass(r.co2KgPerYear, fmt)]);
  const c = r.comparison;
  if (c) {
    lines.push(
      [`${c.fuel}`, formatCostPerDistance(c.per100Km, fmt)],
      [
        `${c.fuel} per year`,
        `${formatYearlyMoney(c.perYear)} (${formatFuelVolume(c.litresPerYear, fmt)}, ${formatMass(c.co2KgPerYear, fmt)} CO2)`,
      ],
      c.savingPerYear >= 0
        ? ['saving per year', bold(formatYearlyMoney(c.savingPerYear))]
        : ['electric costs more', bold(`${formatYearlyMoney(-c.savingPerYear)} a year to run`)],
    );
    if (c.breakEvenYears !== undefined)
      lines.push(['break-even', `${formatNumber(c.breakEvenYears, { digits: 1 })} years`]);
    else if (a.priceDifference !== undefined) lines.push(['break-even', 'never at these prices']);
  }
  const { input: used, ...rest } = r;
  return {
    json: {
      ...rest,
      vehicleId: id,
      co2KgPer100Km: r.co2KgPer100Km ?? null,
      co2KgPerYear: r.co2KgPerYear ?? null,
      comparison: {
        ...r.comparison,
        breakEvenYears: r.comparison.breakEvenYears ?? null,
        co2SavedKgPerYear: r.comparison.co2SavedKgPerYear ?? null,
      },
      input: used,
    },
    text: pairs([...lines, ...estimateLines(r.assumptions)]),
  };
}
