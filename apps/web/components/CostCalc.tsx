'use client';
import {
  COST_DEFAULTS,
  formatConsumption,
  formatEnergy,
  formatMoney,
  formatNumber,
  formatYearlyMoney,
  runningCost,
} from '@mini-ev/core';

import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { type FieldSpec, useCalculator } from '../lib/fields';
import { runCalc, useModel } from '../lib/run';
import { CalcFields } from './Fields';

const FIELDS = {
  km: { label: 'Distance a year', kind: 'distance', min: 100, max: 200000, def: COST_DEFAULTS.yearlyKm },
  home: {
    label: 'Home electricity per kWh',
    kind: 'plain',
    min: 0,
    max: 5,
    def: COST_DEFAULTS.homePricePerKWh,
    hint: 'your currency',
  },
  public: {
    label: 'Public fast charging per kWh',
    kind: 'plain',
    min: 0,
    max: 5,
    def: COST_DEFAULTS.publicPricePerKWh,
  },
  share: {
    label: 'Share charged in public',
    kind: 'percent',
    min: 0,
    max: 100,
    def: COST_DEFAULTS.publicSharePct,
  },
  temp: {
    label: 'Yearly average temperature',
    kind: 'temperature',
    min: -30,
    max: 45,
    def: COST_DEFAULTS.tempC,
  },
  litres: { label: 'Combustion car, litres per 100 km', kind: 'plain', min: 1, max: 30, def: 6.5 },
  fuelprice: { label: 'Fuel price per litre', kind: 'plain', min: 0, max: 10, def: 1.8 },
  diff: { label: 'Price difference (EV minus combustion)', kind: 'plain', min: -1e6, max: 1e6, def: 3000 },
  grid: { label: 'Grid CO2, g per kWh', kind: 'plain', min: 0, max: 1500, def: 300 },
} satisfies Record<string, FieldSpec>;

export function CostCalc() {
  const calc = useCalculator(FIELDS);
  const m = useModel(calc.car.id);
  const { system, v } = calc;
  const [fuel, setFuel] = useQueryState(
    'fuel',
    parseAsStringLiteral(['petrol', 'diesel'] as const).withDefault(COST_DEFAULTS.fuel),
  );
  const { result: r, problem } = runCalc(calc.invalid, () =>
    runningCost(m, {
      yearlyKm: v('km'),
      homePricePerKWh: v('home'),
      publicPricePerKWh: v('public'),
      publicSharePct: v('share'),
      tempC: v('temp'),
      gridGCO2PerKWh: v('grid'),
      comparison: { fuel, litresPer100Km: v('litres'), pricePerLitre: v('fuelprice') },
      priceDifference: v('diff'),
    }),
  );
  const c = r?.comparison;
  const max = r && c ? Math.max(r.perYear, c.perYear) : 1;
  return (
    <>
      <form className="calc" onSubmit={(e) => e.preventDefault()}>
        <CalcFields calc={calc} />
        <div className="field">
          <label htmlFor="fuel">Combustion car fuel</label>
          <select id="fuel" value={fuel} onChange={(e) => setFuel(e.target.value as 'petrol' | 'diesel')}>
            <option value="petrol">Petrol</option>
            <option value="diesel">Diesel</option>
          </select>
        </div>
      </form>
      <section className={`result${problem ? ' error' : ''}`} aria-live="polite">
        {r && c ? (
          <>
            <div className="big">
              <span data-testid="cost-per-year">{formatYearlyMoney(r.perYear)}</span> a year
            </div>
            <p>
              <span data-testid="cost-per-100">{formatMoney(r.per100Km)}</span> per 100 km ·{' '}
              {formatConsumption(r.consumptionKWhPer100Km, { system })} at the battery,{' '}
              {formatEnergy(r.energyPerYearKWh, { digits: 0 })} bought a year at{' '}
              {formatMoney(r.pricePerKWh, { digits: 3 })} per kWh
            </p>
            <p>
              {fuel === 'petrol' ? 'Petrol' : 'Diesel'}: {formatYearlyMoney(c.perYear)} a year. You save{' '}
              <b data-testid="cost-saving">{formatYearlyMoney(c.savingPerYear)}</b> a year
              {c.breakEvenYears !== undefined ? (
                <>
                  {' '}
                  and the price difference is repaid in <b>{c.breakEvenYears.toFixed(1)} years</b>.
                </>
              ) : (
                '; at these prices the difference is never repaid.'
              )}
            </p>
            {r.co2KgPerYear === undefined ? null : (
              <p>
                CO2: {formatNumber(r.co2KgPerYear)} kg a year from the grid against{' '}
                {formatNumber(c.co2KgPerYear)} kg from the exhaust.
              </p>
            )}
            <svg
              viewBox="0 0 400 70"
              role="img"
              aria-label={`Cost per year: electric ${formatYearlyMoney(r.perYear)}, ${fuel} ${formatYearlyMoney(c.perYear)}`}
              style={{ width: '100%', maxWidth: 520 }}
            >
              <rect x="70" y="8" height="22" width={(r.perYear / max) * 320} fill="var(--chart-1)" rx="3" />
              <rect x="70" y="40" height="22" width={(c.perYear / max) * 320} fill="var(--chart-3)" rx="3" />
              <text x="0" y="24" fill="var(--fg)" fontSize="13">
                electric
              </text>
              <text x="0" y="56" fill="var(--fg)" fontSize="13">
                {fuel}
              </text>
            </svg>
          </>
        ) : (
          <p className="err" role="alert">
            {problem}
          </p>
        )}
      </section>
      <p className="muted small">
        Prices are in your own currency; nothing is converted. Fuel CO2 is tank-to-wheel (petrol 2.31 kg/L,
        diesel 2.65 kg/L).
      </p>
    </>
  );
}
