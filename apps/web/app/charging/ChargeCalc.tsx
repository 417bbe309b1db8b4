'use client';
import { CHARGE_CONTRACT, fieldOf, type UnitSystem } from '@mini-ev/core';
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
              <span className="interval" data-testid="charge-interval" title="80 % interval">
                (<Kept text={view.minutesInterval} />)
              </span>
            </div>
            <p>
              <span data-testid="charge-energy">
                <Kept text={view.toBattery} />
              </span>{' '}
              into the battery, <Kept text={view.fromGrid} /> from the grid · average{' '}
              <Kept text={view.averagePower} />, limited by the {view.limitedBy} · <Kept text={view.curve} />
            </p>
            {view.packWarming ? (
              <p data-testid="charge-pack-warming">
                Battery <Kept text={view.packWarming} />
              </p>
            ) : null}
            {view.cost ? (
              <p>
                Cost{' '}
                <b data-testid="charge-cost">
                  <Kept text={view.cost.amount} />
                </b>{' '}
                <span className="interval">
                  (<Kept text={view.cost.interval} />)
                </span>{' '}
                at <Kept text={view.cost.price} /> per kWh, in your currency, on the energy drawn.
              </p>
            ) : (
              <p className="muted small">Give a price per kWh to see what the charge costs.</p>
            )}
            <RestsOn notes={view.rests} />
          </>
        )}
      </Result>
      <div className="charts">
        {view?.ok ? (
          <Chart
            title="Charge against time"
            xLabel="minutes"
            yLabel="charge %"
            series={[{ label: 'Charge', points: view.series }]}
          />
        ) : null}
        {view?.dc ? (
          <Chart
            title={`DC charging curve (${view.dc.kind})`}
            xLabel="charge %"
            yLabel="kW"
            series={[
              { label: 'Car’s limit', points: view.dc.curve },
              ...(view.dc.charger
                ? [
                    {
                      label: `What a ${view.dc.charger.rated} charger gives`,
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
