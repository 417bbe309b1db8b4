import {
  type AssumptionNotes,
  COST_CONTRACT,
  type CostSummary,
  defaultOf,
  fieldOf,
  type MarketPriceNote,
} from '@mini-ev/core';
import type { CalculatorState } from '../../lib/calculator';
import type { FieldSpec } from '../../lib/field-spec';
import { unknownMarket } from '../../lib/messages';

/** The cost calculator's field keys; limits and defaults come from core's contract (compute.ts). */
export type CostKey = 'km' | 'home' | 'public' | 'share' | 'temp' | 'litres' | 'fuelprice' | 'diff' | 'grid';
export type CostFields = Record<CostKey, FieldSpec>;
export type Fuel = 'petrol' | 'diesel';
/** The contract's default fuel for the comparison. */
export const COST_FUEL_DEFAULT = defaultOf(fieldOf(COST_CONTRACT, 'fuel'), undefined) as Fuel;

export type CostInputs = { model: string; fuel: Fuel; market?: string | undefined } & Record<
  Exclude<CostKey, 'diff' | 'grid' | 'home' | 'public' | 'fuelprice'>,
  number
> & {
    /** Undefined when a chosen market holds no sourced price for it and the reader gave none. */
    home: number | undefined;
    public: number | undefined;
    fuelprice: number | undefined;
    diff: number | undefined;
    grid: number | undefined;
  };

/** A market the reader can price the cost in (from the data set; the page passes them). */
export interface MarketOption {
  id: string;
  name: string;
  currency: string;
}

/** What the cost calculator shows, formatted by core (money stays in the reader's own currency). */
export type CostView =
  | {
      ok: true;
      /** What the answer rests on: the car model's flags and its other assumptions, from core. */
      rests: AssumptionNotes;
      /** The answer in core's words (costSummary): costs, the saving or extra cost, break-even, CO2. */
      summary: CostSummary;
      /** The currency of every amount, when a market is chosen. */
      currency: string | undefined;
      /** The prices the market filled in, each as "value (date, publisher)", with any dispute in core's words. */
      marketPrices: MarketPriceNote[];
      /** Bar lengths, 0–1, electric and combustion. */
      bars: [number, number];
    }
  | { ok: false; problem: string; fields?: readonly string[] | undefined };

/** The chosen market (and fuel) set the price fields' defaults, through core's contract. */
export const costContext =
  <M extends { id: string }>(markets: readonly M[]) =>
  (q: { market?: string | null; fuel?: string | null }) => ({
    market: markets.find((m) => m.id === q.market),
    fuel: q.fuel === 'diesel' ? 'diesel' : 'petrol',
  });

/**
 * The calculator's inputs as its address gives them (read by readCalculator), an unknown market named,
 * and whether anything blocks the result.
 */
export function costInputsOf(
  calc: CalculatorState<CostKey, 'fuel' | 'market'>,
  markets: readonly { id: string; name: string; currency: string }[],
): { inputs: CostInputs; marketError: string | undefined; invalid: boolean } {
  const fuel: Fuel = calc.q.fuel === 'petrol' || calc.q.fuel === 'diesel' ? calc.q.fuel : COST_FUEL_DEFAULT;
  const market = markets.find((m) => m.id === calc.q.market);
  const marketError = calc.q.market != null && !market ? unknownMarket(calc.q.market, markets) : undefined;
  return {
    inputs: { model: calc.car.id, fuel, market: market?.id, ...calc.values },
    marketError,
    invalid: calc.invalid || marketError !== undefined,
  };
}

/** What the calculator reads besides its number fields (its hook and its early answer both use this). */
export const costCalc = <M extends { id: string }>(markets: readonly M[]) => ({
  also: ['fuel', 'market'] as const,
  contract: COST_CONTRACT,
  context: costContext(markets),
});
