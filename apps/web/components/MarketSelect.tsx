import { MARKET_CHOICE, marketHeading } from '@mini-ev/core';

/** A market as a chooser lists it (a record of core's data set carries more). */
export interface MarketChoice {
  id: string;
  name: string;
  currency: string;
}

/**
 * The market chooser: none (bare amounts in the reader's own currency) or one of the data set's markets,
 * which sets the currency and the dated, sourced prices. An error (an unknown market in the address) is
 * shown next to it.
 */
export function MarketSelect({
  markets,
  value,
  error,
  onChange,
  id = 'market',
}: {
  markets: readonly MarketChoice[];
  value: string;
  error: string | undefined;
  onChange: (id: string | null) => void;
  id?: string;
}) {
  return (
    <div className="field wide">
      <label htmlFor={id}>{MARKET_CHOICE.label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{marketHeading()}</option>
        {markets.map((m) => (
          <option key={m.id} value={m.id}>
            {marketHeading(m)}
          </option>
        ))}
      </select>
      {error ? (
        <p className="err" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
