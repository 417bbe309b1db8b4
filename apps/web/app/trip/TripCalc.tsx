'use client';
import type { UnitSystem } from '@mini-ev/core';
import { Chart } from '../../components/Chart';
import { EarlyAnswer } from '../../components/EarlyAnswer';
import { CalcFields } from '../../components/Fields';
import { Kept } from '../../components/Kept';
import { RestsOn } from '../../components/RestsOn';
import { Result } from '../../components/Result';
import { calcModule, useLiveView } from '../../lib/engine';
import { useCalculator } from '../../lib/fields';
import { FIX_FIELD } from '../../lib/messages';
import { inputsKey, serverView } from '../../lib/shared-engine';
import { TRIP_CALC, TRIP_FIELDS, type TripView, tripInputsOf } from './fields';

const loadTrip = calcModule('trip', () => import('./compute'));

/**
 * The trip planner. It arrives with the plan for the default inputs (`initial`, computed by core at build
 * time in both unit systems); core is loaded when the address holds other inputs or the reader edits one.
 */
export function TripCalc({ initial }: { initial: Record<UnitSystem, TripView> }) {
  const calc = useCalculator(TRIP_FIELDS, TRIP_CALC);
  const { system } = calc;
  const { view, intent } = useLiveView({
    touched: calc.touched,
    urlKeys: calc.urlKeys,
    initial: initial[system],
    load: loadTrip,
    compute: (trip) => trip.tripView(tripInputsOf(calc), system),
    settled: calc.invalid ? ({ ok: false, problem: FIX_FIELD } satisfies TripView) : undefined,
    fromServer: serverView<TripView>('trip', inputsKey(tripInputsOf(calc)), system),
  });
  return (
    <>
      <EarlyAnswer />
      <form className="calc" onSubmit={(e) => e.preventDefault()} {...intent}>
        <CalcFields calc={calc} failed={view && !view.ok ? view : undefined} />
      </form>
      <Result view={view} problemTestId="trip-problem">
        {(view) => (
          <>
            <div className="big" data-testid="trip-total">
              <Kept text={view.total} />
            </div>
            <p>
              <span data-testid="trip-summary">
                <Kept text={view.summary} />
              </span>{' '}
              · <Kept text={view.consumption} />
            </p>
            {view.notes.map((note) => (
              <p className="hint" key={note} data-testid="limited-note">
                <Kept text={note} />
              </p>
            ))}
            <RestsOn notes={view.rests} />
          </>
        )}
      </Result>
      {view?.ok ? (
        <div className="charts">
          <section aria-labelledby="plan-h">
            <h2 id="plan-h" style={{ marginTop: 0 }}>
              The plan
            </h2>
            <ol className="plan">
              {view.plan.map((step, i) => (
                <li key={`${i}-${step.at}`} className={step.charge ? 'charge' : undefined}>
                  <span>
                    <Kept text={step.at} />
                  </span>
                  <span>
                    <Kept text={step.text} />
                    {step.why ? (
                      <small className="why">
                        <Kept text={step.why} />
                      </small>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <Chart
            title={view.chart.words.title}
            xLabel={view.chart.words.x}
            yLabel={view.chart.words.y}
            series={[{ label: view.chart.words.series.charge ?? '', points: view.chart.points }]}
          />
        </div>
      ) : null}
    </>
  );
}
