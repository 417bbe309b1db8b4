'use client';
import {
  type ChoiceField,
  COST_CONTRACT,
  type CostSummary,
  fieldOf,
  type Market,
  marketCaption,
  type UnitSystem,
} from '@mini-ev/core';
import { EarlyAnswer } from '../../components/EarlyAnswer';
import { CalcFields, ChoiceSelect } from '../../components/Fields';
import { Kept } from '../../components/Kept';
import { MarketSelect } from '../../components/MarketSelect';
import { RestsOn } from '../../components/RestsOn';
import { Result } from '../../components/Result';
import { calcModule, useLiveView } from '../../lib/engine';
import { useCalculator } from '../../lib/fields';
import { FIX_FIELD } from '../../lib/messages';
import { inputsKey, serverView } from '../../lib/shared-engine';
import { type CostFields, type CostKey, type CostView, costCalc, costInputsOf } from './fields';

const loadCost = calcModule('cost', () => import('./compute'));

/**
 * The running-cost calculator. Its fields (with core's defaults) and its result for them (`initial`, in both
 * unit systems) come from the page, computed by core at build time; core is loaded when the address holds
 * other inputs or the reader edits one.
 */
export function CostCalc({
  fields,
  initial,
  markets,
}: {
  fields: CostFields;
  initial: Record<UnitSystem, CostView>;
  /** The data set's markets (their prices are the contract's defaults when one is chosen). */
  markets: readonly Market[];
}) {
  const calc = useCalculator<CostKey, 'fuel' | 'market'>(fields, costCalc(markets));
  const { system } = calc;
  const { inputs, marketError, invalid } = costInputsOf(calc, markets);
  const { fuel } = inputs;
  const market = markets.find((m) => m.id === inputs.market);
  const { view: r, intent } = useLiveView({
    touched: calc.touched,
    urlKeys: calc.urlKeys,
    initial: initial[system],
    load: loadCost,
    compute: (cost) => cost.costView(inputs, system),
    settled: invalid ? ({ ok: false, problem: FIX_FIELD } satisfies CostView) : undefined,
    fromServer: serverView<CostView>('cost', inputsKey(inputs), system),
  });
  return (
    <>
      <EarlyAnswer />
      <form className="calc" onSubmit={(e) => e.preventDefault()} {...intent}>
        <MarketSelect
          markets={markets}
          value={market?.id ?? ''}
          error={marketError}
          onChange={(id) => calc.setQ({ market: id } as never)}
        />
        <CalcFields calc={calc} failed={r && !r.ok ? r : undefined} />
        <ChoiceSelect
          id="fuel"
          field={fieldOf(COST_CONTRACT, 'fuel') as ChoiceField}
          value={fuel}
          onChange={(value) => calc.setQ({ fuel: value })}
        />
      </form>
      <Result view={r}>
        {(r) => (
          <>
            <div className="big">
              <span data-testid="cost-per-year">
                <Kept text={r.summary.perYear} />
              </span>{' '}
              {r.summary.yearly}
            </div>
            <p>
              <span data-testid="cost-per-100">
                <Kept text={r.summary.per100} />
              </span>{' '}
              · <Kept text={r.summary.consumption} /> · <Kept text={r.summary.energy} />
            </p>
            <p>
              {r.summary.fuelName}: <Kept text={lineOf(r.summary, r.summary.fuel)} /> (
              <Kept text={r.summary.fuelUse} />
              ). <Saving summary={r.summary} />
            </p>
            {r.marketPrices.length === 0 ? null : (
              <ul className="muted small" data-testid="market-prices">
                {r.marketPrices.map((p) => (
                  <li key={p.label}>
                    {p.label}:{' '}
                    {p.disputed === undefined ? (
                      <Kept text={p.said} />
                    ) : (
                      // Core's sentence whole; its dispute, found by position at its end, marked for the tests.
                      <>
                        <Kept text={p.said.slice(0, p.said.length - p.disputed.length)} />
                        <span data-testid="market-price-dispute">{p.disputed}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {r.summary.co2 === undefined ? null : (
              <p data-testid="cost-co2">
                {r.summary.lines.find((l) => l.key === 'co2')?.label}: <Kept text={r.summary.co2} />.
              </p>
            )}
            <p className="muted small">
              <Kept text={r.summary.co2Basis} />
            </p>
            <svg
              viewBox="0 0 400 70"
              role="img"
              aria-label={`Cost per year: electric ${r.summary.perYear}, ${r.summary.fuel} ${r.summary.fuelPerYear}`}
              style={{ width: '100%', maxWidth: 520 }}
            >
              <rect x="70" y="8" height="22" width={r.bars[0] * 320} fill="var(--chart-1)" rx="3" />
              <rect x="70" y="40" height="22" width={r.bars[1] * 320} fill="var(--chart-3)" rx="3" />
              <text x="0" y="24" fill="var(--fg)" fontSize="13">
                electric
              </text>
              <text x="0" y="56" fill="var(--fg)" fontSize="13">
                {r.summary.fuel}
              </text>
            </svg>
            <RestsOn notes={r.rests} />
          </>
        )}
      </Result>
      <p className="muted small">{marketCaption(market)}</p>
    </>
  );
}

/** Core's line of the summary under `key`. */
const lineOf = (s: CostSummary, key: string) => s.lines.find((l) => l.key === key)?.value ?? '';

/** Core's sentence on the saving (or the extra cost, and the break-even when asked), its amount in bold. */
function Saving({ summary: s }: { summary: CostSummary }) {
  // The amount's first place: the break-even that may follow can hold the same digits.
  const at = s.text.indexOf(s.saving);
  return (
    <>
      {s.text.slice(0, at)}
      <b data-testid="cost-saving">
        <Kept text={s.saving} />
      </b>
      <Kept text={s.text.slice(at + s.saving.length)} />
    </>
  );
}
