'use client';
import { chargeSession, curvePowerKW, formatChargePower, formatDuration, formatEnergy } from '@mini-ev/core';
import { useQueryState } from 'nuqs';
import { type FieldSpec, useCalculator } from '../lib/fields';
import { runCalc, useModel } from '../lib/run';
import { Chart } from './Chart';
import { CalcFields, CheckField } from './Fields';

const FIELDS = {
  from: { label: 'From', kind: 'percent', min: 0, max: 99, def: 10 },
  to: { label: 'To', kind: 'percent', min: 1, max: 100, def: 80 },
  kw: {
    label: 'Charger power',
    kind: 'power',
    min: 1,
    max: 400,
    def: 150,
    hint: 'DC charger, or the wall box on AC',
  },
  btemp: {
    label: 'Battery temperature',
    kind: 'temperature',
    min: -30,
    max: 60,
    def: 25,
    hint: 'a cold battery charges slower on DC',
  },
} satisfies Record<string, FieldSpec>;

export function ChargeCalc() {
  const calc = useCalculator(FIELDS);
  const { v } = calc;
  const m = useModel(calc.car.id);
  const [acRaw, setAc] = useQueryState('ac');
  const ac = acRaw === '1';
  const { result: r, problem } = runCalc(calc.invalid, () => {
    if (v('to') <= v('from')) throw new Error('The end charge must be above the start charge.');
    // On AC without a chosen power, the car's on-board charger sets the limit.
    const chargerKW = ac && calc.q.kw === null ? undefined : v('kw');
    return chargeSession(m, {
      fromPct: v('from'),
      toPct: v('to'),
      ac,
      batteryTempC: v('btemp'),
      ...(chargerKW ? { chargerKW } : {}),
    });
  });
  const curve = Array.from({ length: 21 }, (_, i) => i * 5).map((soc) => ({
    x: soc,
    y: curvePowerKW(m.charging.dcCurve, soc),
  }));
  return (
    <>
      <form className="calc" onSubmit={(e) => e.preventDefault()}>
        <CalcFields calc={calc} />
        <CheckField id="ac" label="AC (wall box)" checked={ac} onChange={(on) => setAc(on ? '1' : null)} />
      </form>
      <section className={`result${problem ? ' error' : ''}`} aria-live="polite">
        {r ? (
          <>
            <div className="big" data-testid="charge-result">
              {formatDuration(r.minutes)}
            </div>
            <p>
              <span data-testid="charge-energy">{formatEnergy(r.energyToBatteryKWh)}</span> into the battery,{' '}
              {formatEnergy(r.energyFromGridKWh)} from the grid · average{' '}
              {formatChargePower(r.averagePowerKW)}, limited by the {r.limitedBy} ·{' '}
              {r.curveKind === 'measured'
                ? 'measured charging curve'
                : 'generic charging curve (no measured one for this car)'}
            </p>
          </>
        ) : (
          <p className="err" role="alert">
            {problem}
          </p>
        )}
      </section>
      <div className="charts">
        {r ? (
          <Chart
            title="Charge against time"
            xLabel="minutes"
            yLabel="charge %"
            series={[{ label: 'Charge', points: r.series.map((p) => ({ x: p.minute, y: p.socPct })) }]}
          />
        ) : null}
        {m.charging.dcPeakKW ? (
          <Chart
            title={`DC charging curve (${m.charging.curveKind})`}
            xLabel="charge %"
            yLabel="kW"
            series={[
              { label: 'Car’s limit', points: curve },
              ...(r && !ac
                ? [{ label: 'Charger', points: curve.map((p) => ({ x: p.x, y: v('kw') })), dashed: true }]
                : []),
            ]}
          />
        ) : null}
      </div>
    </>
  );
}
