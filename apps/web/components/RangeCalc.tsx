'use client';
import {
  CYCLE_NAMES,
  type CycleChoice,
  cycleRange,
  formatConsumption,
  formatDistance,
  formatSpeed,
  formatTemperature,
  rangeBySpeed,
  rangeByTemperature,
  steadySpeedRange,
} from '@mini-ev/core';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { type FieldSpec, useCalculator } from '../lib/fields';
import { runCalc, useModel } from '../lib/run';
import { show } from '../lib/show';
import { Chart } from './Chart';
import { CalcFields, CheckField } from './Fields';

const FIELDS = {
  speed: { label: 'Speed', kind: 'speed', min: 5, max: 250, def: 110 },
  temp: { label: 'Outside temperature', kind: 'temperature', min: -30, max: 45, def: 20 },
  from: { label: 'Start charge', kind: 'percent', min: 1, max: 100, def: 100 },
  to: { label: 'Keep in reserve', kind: 'percent', min: 0, max: 99, def: 10 },
  payload: {
    label: 'Extra load',
    kind: 'plain',
    min: 0,
    max: 500,
    def: 0,
    hint: 'kg beyond driver and luggage',
  },
} satisfies Record<string, FieldSpec>;
const MODES = ['steady', ...CYCLE_NAMES] as const;

export function RangeCalc() {
  const calc = useCalculator(FIELDS, (car) => ({ speed: { max: car.topSpeedKmh } }));
  const { system, v } = calc;
  const m = useModel(calc.car.id);
  const [mode, setMode] = useQueryState(
    'mode',
    parseAsStringLiteral(MODES).withDefault('steady').withOptions({ history: 'push' }),
  );
  const [climateRaw, setClimate] = useQueryState('climate');
  const climate = climateRaw !== 'off';
  const fmt = { system };
  // On a drive cycle the speed field is not used, so a bad speed in the URL does not block the result.
  const invalid = calc.keys.some((k) => (mode === 'steady' || k !== 'speed') && calc.parsed[k].error);
  const { result, problem } = runCalc(invalid, () => {
    const common = { tempC: v('temp'), fromPct: v('from'), toPct: v('to'), payloadKg: v('payload'), climate };
    const r =
      mode === 'steady'
        ? steadySpeedRange(m, { ...common, speedKmh: v('speed') })
        : cycleRange(m, { ...common, cycle: mode as CycleChoice });
    return {
      rangeKm: r.rangeKm,
      breakdown: r.breakdown,
      consumption: r.consumptionKWhPer100Km,
      plug: r.consumptionAtPlugKWhPer100Km,
    };
  });
  const dist = (km: number) => show.distance(km, system);
  return (
    <>
      <form className="calc" onSubmit={(e) => e.preventDefault()}>
        <CalcFields calc={calc} only={(k) => mode === 'steady' || k !== 'speed'} />
        <div className="field">
          <label htmlFor="mode">Driving</label>
          <select id="mode" value={mode} onChange={(e) => setMode(e.target.value as (typeof MODES)[number])}>
            <option value="steady">Steady speed</option>
            <option value="wltp">WLTP cycle (WLTC)</option>
            <option value="udds">EPA city (UDDS)</option>
            <option value="hwfet">EPA highway (HWFET)</option>
            <option value="epa">EPA-style combined</option>
          </select>
        </div>
        <CheckField
          id="climate"
          label="Heating / air conditioning"
          checked={climate}
          onChange={(on) => setClimate(on ? null : 'off')}
        />
      </form>
      <section className={`result${problem ? ' error' : ''}`} aria-live="polite">
        {result ? (
          <>
            <div className="big" data-testid="range-result">
              {formatDistance(result.rangeKm, fmt)}
            </div>
            <p>
              <span data-testid="range-consumption">{formatConsumption(result.consumption, fmt)}</span> at the
              battery, {formatConsumption(result.plug, fmt)} from the socket · {m.name},{' '}
              {mode === 'steady' ? formatSpeed(v('speed'), fmt) : mode.toUpperCase()},{' '}
              {formatTemperature(v('temp'), fmt)}
            </p>
            {result.breakdown ? (
              <table className="small" style={{ maxWidth: 520 }}>
                <caption style={{ textAlign: 'left', fontWeight: 650, padding: '6px 0' }}>
                  Where the energy goes (kWh/100 km at the battery)
                </caption>
                <tbody>
                  {(
                    [
                      ['Rolling resistance', result.breakdown.rollingKWhPer100Km],
                      ['Air resistance', result.breakdown.aeroKWhPer100Km],
                      ['Climbing', result.breakdown.gradeKWhPer100Km],
                      ['Motor and drivetrain losses', result.breakdown.drivetrainLossKWhPer100Km],
                      ['Heating or air conditioning', result.breakdown.climateKWhPer100Km],
                      ['Electronics', result.breakdown.auxiliaryKWhPer100Km],
                    ] as const
                  ).map(([label, value]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td className="num">{value.toFixed(1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </>
        ) : (
          <p className="err" role="alert">
            {problem}
          </p>
        )}
      </section>
      {result && !invalid ? (
        <div className="charts">
          <Chart
            title="Range against speed"
            xLabel={system === 'imperial' ? 'mph' : 'km/h'}
            yLabel={system === 'imperial' ? 'miles' : 'km'}
            series={[
              {
                label: 'Range',
                points: rangeBySpeed(m, {
                  tempC: v('temp'),
                  fromPct: v('from'),
                  toPct: v('to'),
                  payloadKg: v('payload'),
                  climate,
                }).map((p) => ({ x: show.speed(p.x, system), y: dist(p.rangeKm) })),
              },
            ]}
            {...(mode === 'steady' ? { markX: show.speed(v('speed'), system) } : {})}
          />
          <Chart
            title={`Range against temperature at ${formatSpeed(mode === 'steady' ? v('speed') : 100, fmt)}`}
            xLabel={system === 'imperial' ? '°F' : '°C'}
            yLabel={system === 'imperial' ? 'miles' : 'km'}
            series={[
              {
                label: 'Range',
                points: rangeByTemperature(m, {
                  speedKmh: mode === 'steady' ? v('speed') : 100,
                  fromPct: v('from'),
                  toPct: v('to'),
                  payloadKg: v('payload'),
                  climate,
                }).map((p) => ({ x: show.temperature(p.x, system), y: dist(p.rangeKm) })),
              },
            ]}
            markX={show.temperature(v('temp'), system)}
          />
        </div>
      ) : null}
    </>
  );
}
