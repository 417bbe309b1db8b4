'use client';
import { type ChoiceField, fieldOf, INTERVAL_NAME, RANGE_CONTRACT, type UnitSystem } from '@mini-ev/core';
import { AnswerLines } from '../../components/AnswerLines';
import { Chart } from '../../components/Chart';
import { EarlyAnswer } from '../../components/EarlyAnswer';
import { CalcFields, CheckField, ChoiceSelect } from '../../components/Fields';
import { Kept } from '../../components/Kept';
import { RestsOn } from '../../components/RestsOn';
import { Result } from '../../components/Result';
import { calcModule, useLiveView } from '../../lib/engine';
import { useCalculator } from '../../lib/fields';
import { FIX_FIELD } from '../../lib/messages';
import { inputsKey, serverView } from '../../lib/shared-engine';
import { CLIMATE_DEFAULT, RANGE_CALC, RANGE_FIELDS, type RangeView, rangeInputsOf } from './fields';

const loadRange = calcModule('range', () => import('./compute'));

/**
 * The range calculator. It arrives with the result for the default inputs (`initial`, computed by core at
 * build time in both unit systems); core is loaded when the address holds other inputs or the reader edits
 * one.
 */
export function RangeCalc({ initial }: { initial: Record<UnitSystem, RangeView> }) {
  const calc = useCalculator(RANGE_FIELDS, RANGE_CALC);
  const { system } = calc;
  const { inputs, invalid } = rangeInputsOf(calc);
  const { mode, climate } = inputs;
  const { view, intent } = useLiveView({
    touched: calc.touched,
    urlKeys: calc.urlKeys,
    initial: initial[system],
    load: loadRange,
    compute: (range) => range.rangeView(inputs, system),
    settled: invalid ? ({ ok: false, problem: FIX_FIELD } satisfies RangeView) : undefined,
    fromServer: serverView<RangeView>('range', inputsKey(inputs), system),
  });
  return (
    <>
      <EarlyAnswer />
      <form className="calc" onSubmit={(e) => e.preventDefault()} {...intent}>
        <CalcFields
          calc={calc}
          only={(k) => mode === 'steady' || k !== 'speed'}
          failed={view && !view.ok ? view : undefined}
        />
        <ChoiceSelect
          id="mode"
          field={fieldOf(RANGE_CONTRACT, 'mode') as ChoiceField}
          value={mode}
          onChange={(value) => calc.setQ({ mode: value }, { history: 'push' })}
        />
        <CheckField
          id="climate"
          label={fieldOf(RANGE_CONTRACT, 'climate').label}
          checked={climate}
          onChange={(on) => calc.setQ({ climate: on === CLIMATE_DEFAULT ? null : on ? 'on' : 'off' })}
        />
      </form>
      <Result view={view}>
        {(view) => (
          <>
            <div className="big">
              <span data-testid="range-result">
                <Kept text={view.range} />
              </span>{' '}
              <span className="interval" data-testid="range-interval" title={INTERVAL_NAME}>
                (<Kept text={view.rangeInterval} />)
              </span>
            </div>
            <AnswerLines lines={view.lines} testId="range" />
            {view.notes.map((note) => (
              <p className="hint" key={note} data-testid="limited-note">
                <Kept text={note} />
              </p>
            ))}
            {view.breakdown ? (
              <table className="small" style={{ maxWidth: 520 }}>
                <caption style={{ textAlign: 'left', fontWeight: 650, padding: '6px 0' }}>
                  {view.breakdown.title} ({view.breakdown.unit})
                </caption>
                <tbody>
                  {view.breakdown.rows.map(({ key, label, value }) => (
                    <tr key={key}>
                      <th scope="row">{label}</th>
                      <td className="num">{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <RestsOn notes={view.rests} />
          </>
        )}
      </Result>
      {view?.ok ? (
        <div className="charts">
          {[view.bySpeed, view.byTemp].map((c) => (
            <Chart
              key={c.words.title}
              title={c.words.title}
              xLabel={c.words.x}
              yLabel={c.words.y}
              series={[{ label: c.words.series.range ?? '', points: c.points }]}
              {...(c.markX !== undefined ? { markX: c.markX } : {})}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
