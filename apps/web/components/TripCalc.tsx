'use client';
import { formatConsumption, formatDistance, formatDuration, formatPercent, planTrip } from '@mini-ev/core';
import { type FieldSpec, runCalc, useCalculator } from '../lib/fields';
import { show } from '../lib/show';
import { Chart } from './Chart';
import { CalcFields } from './Fields';

const FIELDS = {
  distance: { label: 'Distance', kind: 'distance', min: 1, max: 10000, def: 600 },
  speed: { label: 'Cruising speed', kind: 'speed', min: 20, max: 250, def: 120 },
  temp: { label: 'Outside temperature', kind: 'temperature', min: -30, max: 45, def: 15 },
  start: { label: 'Charge at departure', kind: 'percent', min: 1, max: 100, def: 90 },
  arrive: { label: 'Least charge on arrival', kind: 'percent', min: 0, max: 90, def: 10 },
  kw: { label: 'Charger power', kind: 'power', min: 1, max: 400, def: 150 },
  spacing: { label: 'A charger every', kind: 'distance', min: 5, max: 1000, def: 60 },
  overhead: { label: 'Minutes lost per stop', kind: 'plain', min: 0, max: 120, def: 5 },
} satisfies Record<string, FieldSpec>;

export function TripCalc() {
  const calc = useCalculator(FIELDS, (m) => ({ speed: { max: m.topSpeedKmh } }));
  const { system, v } = calc;
  const fmt = { system };
  const { result: plan, problem: inputProblem } = runCalc(calc.invalid, () =>
    planTrip(calc.model, {
      distanceKm: v('distance'),
      speedKmh: v('speed'),
      tempC: v('temp'),
      startSocPct: v('start'),
      arrivalSocPct: v('arrive'),
      chargerKW: v('kw'),
      chargerSpacingKm: v('spacing'),
      stopOverheadMin: v('overhead'),
    }),
  );
  const problem = plan && !plan.feasible ? `Not possible: ${plan.reason}` : inputProblem;
  const dist = (km: number) => show.distance(km, system);
  return (
    <>
      <form className="calc" onSubmit={(e) => e.preventDefault()}>
        <CalcFields calc={calc} />
      </form>
      <section className={`result${problem ? ' error' : ''}`} aria-live="polite">
        {plan?.feasible ? (
          <>
            <div className="big" data-testid="trip-total">
              {formatDuration(plan.totalMinutes)}
            </div>
            <p>
              <span data-testid="trip-driving">{formatDuration(plan.drivingMinutes)}</span> driving,{' '}
              <span data-testid="trip-charging">{formatDuration(plan.chargingMinutes)}</span> charging in{' '}
              <span data-testid="trip-stops">{plan.stops.length}</span> stop
              {plan.stops.length === 1 ? '' : 's'}, {formatDuration(plan.overheadMinutes)} overhead ·{' '}
              {formatConsumption(plan.consumptionKWhPer100Km, fmt)} · arrive with{' '}
              {formatPercent(plan.arrivalSocPct)}
            </p>
          </>
        ) : (
          <p className="err" role="alert" data-testid="trip-problem">
            {problem}
          </p>
        )}
      </section>
      {plan?.feasible ? (
        <div className="charts">
          <section aria-labelledby="plan-h">
            <h2 id="plan-h" style={{ marginTop: 0 }}>
              The plan
            </h2>
            <ol className="plan">
              <li>
                <span>{formatDistance(0, fmt)}</span>
                <span>Leave with {formatPercent(v('start'))}</span>
              </li>
              {plan.stops.map((s, i) => {
                const prev = i === 0 ? 0 : plan.stops[i - 1]!.km;
                return [
                  <li key={`d${s.km}`}>
                    <span>{formatDistance(s.km, fmt)}</span>
                    <span>
                      Drive {formatDistance(s.km - prev, fmt)} (
                      {formatDuration(((s.km - prev) / v('speed')) * 60)}), arrive with{' '}
                      {formatPercent(s.arrivalSocPct)}
                    </span>
                  </li>,
                  <li key={`c${s.km}`} className="charge">
                    <span>stop {i + 1}</span>
                    <span>
                      Charge {formatPercent(s.arrivalSocPct)} → {formatPercent(s.departureSocPct)} in{' '}
                      {formatDuration(s.chargeMinutes)} on a {s.chargerKW} kW charger
                    </span>
                  </li>,
                ];
              })}
              <li>
                <span>{formatDistance(v('distance'), fmt)}</span>
                <span>Arrive with {formatPercent(plan.arrivalSocPct)}</span>
              </li>
            </ol>
          </section>
          <Chart
            title="Charge along the route"
            xLabel={system === 'imperial' ? 'miles' : 'km'}
            yLabel="charge %"
            series={[{ label: 'Charge', points: plan.series.map((p) => ({ x: dist(p.km), y: p.socPct })) }]}
          />
        </div>
      ) : null}
    </>
  );
}
