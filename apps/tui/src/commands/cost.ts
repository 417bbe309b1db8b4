import {
  type CostInput,
  costSummary,
  type FormatOptions,
  formatConsumption,
  formatFuelVolume,
  formatMass,
  formatMoney,
  getVehicle,
  type Market,
  marketFormat,
  marketHeading,
  marketPriceNotes,
  runningCost,
  vehicleModel,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { assumptionLines, bold, pairs } from '../output.js';

/** The market's name and currency, then each price taken from it with its date and publisher (core's words). */
function marketLines(
  market: Market,
  r: ReturnType<typeof runningCost>,
  fmt: FormatOptions,
): [string, string][] {
  return [
    ['market', marketHeading(market)],
    // Core's labels, lower-cased like the other keys of these pairs.
    ...marketPriceNotes(r, market, fmt).map((n): [string, string] => [
      n.label.charAt(0).toLowerCase() + n.label.slice(1),
      n.said,
    ]),
  ];
}

export function costCommand(id: string, input: CostInput, baseFmt: FormatOptions): Output {
  const m = vehicleModel(getVehicle(id));
  const r = runningCost(m, input);
  const market = input.market;
  // Money in the market's currency and fuel in its gallon when imperial (core's marketFormat).
  const fmt = marketFormat(market, baseFmt);
  // The answer in core's words, as the site and the terminal app say it.
  const say = costSummary(r, baseFmt);
  const lines: [string, string][] = [
    ['car', m.name],
    ...(market ? marketLines(market, r, fmt) : []),
    [
      'consumption',
      `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery; ${formatConsumption(r.energyPer100KmKWh, fmt)} bought, charging losses included`,
    ],
    ['average price', `${formatMoney(r.pricePerKWh, { ...fmt, digits: 3 })} per kWh`],
    ['running cost', bold(say.per100)],
    ['per year', bold(say.perYear)],
  ];
  const c = r.comparison;
  lines.push(
    [`${c.fuel}`, say.fuelPer100],
    [
      `${c.fuel} per year`,
      `${say.fuelPerYear} (${formatFuelVolume(c.litresPerYear, fmt)}, ${formatMass(c.co2KgPerYear, fmt)} CO2)`,
    ],
    [`against ${c.fuel}`, bold(say.text)],
  );
  lines.push(['CO2', say.co2 === undefined ? say.co2Basis : `${say.co2}. ${say.co2Basis}`]);
  const { input: used, ...rest } = r;
  return {
    json: {
      ...rest,
      vehicleId: id,
      market: r.market ?? null,
      currency: r.currency ?? null,
      co2KgPer100Km: r.co2KgPer100Km ?? null,
      co2KgPerYear: r.co2KgPerYear ?? null,
      comparison: {
        ...r.comparison,
        breakEvenYears: r.comparison.breakEvenYears ?? null,
        co2SavedKgPerYear: r.comparison.co2SavedKgPerYear ?? null,
      },
      input: used,
    },
    text: pairs([...lines, ...assumptionLines(m, r.assumptions)]),
  };
}
