import {
  type CostInput,
  costSummary,
  type FormatOptions,
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
  // Core's lines, its labels in the CLI's lower case (CO2 stays as written); the two costs and the saving in bold.
  const strong = new Set(['electric', 'saving']);
  const lines: [string, string][] = [
    ['car', m.name],
    ...(market ? marketLines(market, r, fmt) : []),
    ...say.lines.map((l): [string, string] => [
      l.key === 'co2' ? l.label : l.label.toLowerCase(),
      strong.has(l.key) ? bold(l.value) : l.value,
    ]),
  ];
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
    text: pairs([...lines, ...assumptionLines(m, r.assumptions, baseFmt)]),
  };
}
