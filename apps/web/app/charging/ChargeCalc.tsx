'use client';
import { CHARGE_CONTRACT, fieldOf, INTERVAL_NAME, type UnitSystem } from '@mini-ev/core';
import { AnswerLines } from '../../components/AnswerLines';
import { Chart } from '../../components/Chart';
import { EarlyAnswer } from '../../components/EarlyAnswer';
import { CalcFields, CheckField } from '../../components/Fields';
import { Kept } from '../../components/Kept';
import { RestsOn } from '../../components/RestsOn';
import { Result } from '../../components/Result';
import { calcModule, useLiveView } from '../../lib/engine';
import { useCalculator } from '../../lib/fields';
import { inputsKey, serverView } from '../../lib/shared-engine';
import { acOf, CHARGE_CALC, CHARGE_FIELDS, type ChargeView, chargeInputsOf } from './fields';

const loadCharge = calcModule('charging', () => import('./compute'));

/**
 * The charging calculator. It arrives with the result for the default inputs (`initial`, computed by core
 * at build time); core is loaded when the address holds other inputs or the reader edits one.
 */
export function ChargeCalc({ initial }: { initial: Record<UnitSystem, ChargeView> }) {
  const calc = useCalculator(CHARGE_FIELDS, CHARGE_CALC);
  const { system } = calc;
  // The address says `ac=1` (or `ac=0`); without it, the contract's default for this car.
  const ac = acOf(calc.q.ac, calc.limits);
  const acDefault = acOf(null, calc.limits);
  const { view, intent } = useLiveView({
    touched: calc.touched,
    urlKeys: calc.urlKeys,
    initial: initial[system],
    load: loadCharge,
    compute: (charge) => charge.chargeView(chargeInputsOf(calc), system),
    fromServer: serverView<ChargeView>('charging', inputsKey(chargeInputsOf(calc)), system),
  });
  return (
    <>
      <EarlyAnswer />
      <form className="calc" onSubmit={(e) => e.preventDefault()} {...intent}>
        <CalcFields calc={calc} failed={view && !view.ok ? view : undefined} />
        <CheckField
          id="ac"
          label={fieldOf(CHARGE_CONTRACT, 'ac').label}
          checked={ac}
          onChange={(on) => calc.setQ({ ac: on === acDefault ? null : on ? '1' : '0' })}
        />
      </form>
      <Result view={view}>
        {(view) => (
          <>
            <div className="big">
              <span data-testid="charge-result">
                <Kept text={view.minutes} />
              </span>{' '}
              <span className="interval" data-testid="charge-interval" title={INTERVAL_NAME}>
                (<Kept text={view.minutesInterval} />)
              </span>
            </div>
            <AnswerLines lines={view.lines} testId="charge" />
            {view.costHint ? <p className="muted small">{view.costHint}</p> : null}
            <RestsOn notes={view.rests} />
          </>
        )}
      </Result>
      <div className="charts">
        {view?.ok ? (
          <Chart
            title={view.chargeChart.title}
            xLabel={view.chargeChart.x}
            yLabel={view.chargeChart.y}
            series={[{ label: view.chargeChart.series.charge ?? '', points: view.series }]}
          />
        ) : null}
        {view?.dc ? (
          <Chart
            title={view.dc.words.title}
            xLabel={view.dc.words.x}
            yLabel={view.dc.words.y}
            series={[
              { label: view.dc.words.series.limit ?? '', points: view.dc.curve },
              ...(view.dc.charger
                ? [
                    {
                      label: view.dc.words.series.charger ?? '',
                      points: view.dc.charger.points,
                      dashed: true,
                    },
                  ]
                : []),
            ]}
          />
        ) : null}
      </div>
    </>
  );
}
