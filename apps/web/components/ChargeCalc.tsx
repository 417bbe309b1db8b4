'use client';
import { useQueryState } from 'nuqs';
import { CHARGE_FIELDS, type ChargeInputs, type ChargeView } from '../lib/charge';
import { once, useLiveView } from '../lib/engine';
import { useCalculator } from '../lib/fields';
import { Chart } from './Chart';
import { CalcFields, CheckField } from './Fields';
import { Result } from './Result';

const loadCharge = once(() => import('../lib/compute/charge'));

/**
 * The charging calculator. It arrives with the result for the default inputs (`initial`, computed by core
 * at build time); core is loaded when the address holds other inputs or the reader edits one.
 */
export function ChargeCalc({ initial }: { initial: ChargeView }) {
  const calc = useCalculator(CHARGE_FIELDS);
  const { v } = calc;
  const [acRaw, setAc] = useQueryState('ac');
  const ac = acRaw === '1';
  const inputs = (): ChargeInputs => ({
    model: calc.car.id,
    ac,
    kwGiven: calc.q.kw !== null,
    invalid: calc.invalid,
    ...(Object.fromEntries(calc.keys.map((k) => [k, v(k)])) as Record<keyof typeof CHARGE_FIELDS, number>),
  });
  const { view, intent } = useLiveView({
    touched: calc.touched || acRaw !== null,
    initial,
    load: loadCharge,
    compute: (charge) => charge.chargeView(inputs()),
    failed: (problem): ChargeView => ({ ok: false, problem, dc: undefined }),
  });
  return (
    <>
      <form className="calc" onSubmit={(e) => e.preventDefault()} {...intent}>
        <CalcFields calc={calc} />
        <CheckField id="ac" label="AC (wall box)" checked={ac} onChange={(on) => setAc(on ? '1' : null)} />
      </form>
      <Result view={view}>
        {(view) => (
          <>
            <div className="big" data-testid="charge-result">
              {view.minutes}
            </div>
            <p>
              <span data-testid="charge-energy">{view.toBattery}</span> into the battery, {view.fromGrid} from
              the grid · average {view.averagePower}, limited by the {view.limitedBy} ·{' '}
              {view.measured
                ? 'measured charging curve'
                : 'generic charging curve (no measured one for this car)'}
            </p>
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
              ...(view.dc.chargerKW !== undefined
                ? [
                    {
                      label: 'Charger',
                      points: view.dc.curve.map((p) => ({ x: p.x, y: view.dc!.chargerKW! })),
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
