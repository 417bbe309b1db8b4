import { type CostResult, marketCostDefaults } from '../calc/cost.js';
import { COST_CONTRACT, type MarketCostField, marketFigureFor } from '../contract/calculations.js';
import { fieldOf } from '../contract/contract.js';
import { getSource } from '../data/index.js';
import type { Market } from '../schema/index.js';
import { type FormatOptions, formatFigureValue, marketFormat } from './index.js';

/** A price a running cost took from its market, worded for a face. */
export interface MarketPriceNote {
  field: MarketCostField;
  /** The cost contract's label of the field ("Home electricity"). */
  label: string;
  /** The figure in the reader's units and the market's currency, with its date and publisher: "€0.394 per kWh (2024-07, Europe Data)". */
  text: string;
}

/**
 * The prices a running cost used from its market, each with its date and publisher, in the order of the
 * cost contract. A price the reader gave (one that differs from the market's) is left out, so a face that
 * sends every value (a form) and one that leaves prices out (a command line) list the same ones.
 * @example marketPriceNotes(runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: getMarket('uk') }), getMarket('uk'))[0].label // 'Home electricity'
 */
export function marketPriceNotes(r: CostResult, market: Market, opts: FormatOptions = {}): MarketPriceNote[] {
  const fmt = marketFormat(market, opts);
  return marketCostDefaults(market, r.input.fuel).flatMap((d) => {
    if (r.input[d.field] !== d.value) return [];
    const f = marketFigureFor(d.field, { market, fuel: r.input.fuel });
    if (!f) return [];
    return [
      {
        field: d.field,
        label: fieldOf(COST_CONTRACT, d.field).label,
        text: `${formatFigureValue(f, fmt)} (${d.asOf ?? 'undated'}, ${getSource(d.sourceId).publisher})`,
      },
    ];
  });
}
