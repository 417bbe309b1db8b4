'use client';
import {
  type AnswerCompareRow,
  COMPARE_SECTIONS,
  closestIds,
  compareSheets,
  type Source,
  type UnitSystem,
} from '@mini-ev/core';
import { useQueryState } from 'nuqs';
import { useId, useRef, useState } from 'react';
import { Both } from '../../components/Both';
import { EarlyAnswer } from '../../components/EarlyAnswer';
import { FigureValue } from '../../components/FigureValue';
import { Link } from '../../components/Link';
import { type MarketChoice, MarketSelect } from '../../components/MarketSelect';
import { unknownMarket } from '../../lib/messages';
import { addressHas, useSettled } from '../../lib/pending';
import type { InBoth } from '../../lib/systems';
import { ANSWERS_INTRO, type AnswerLabels, type CompareSheet, lineUpAnswers, readCompare } from './sheet';

/** One answer cell: the value, and a mark when it is the best of its row. */
function AnswerValue({ row, i }: { row: AnswerCompareRow; i: number }) {
  const best = row.best.includes(i);
  return (
    <>
      {row.values[i]}
      {best ? (
        <>
          {' '}
          <span className="best-mark">best</span>
        </>
      ) : null}
    </>
  );
}

/**
 * Side-by-side answers and figures. Every car's answers (computed by core's model) and spec sheet come from
 * the page, made by core at build time in both unit systems and for every market, so the browser only lines
 * up the chosen ones (core's compareAnswers and compareSheets): no data module, no model and no number
 * formatting ship to it.
 */
export function Compare({
  sheets: all,
  labels,
  conditions,
  markets,
  sources: sourcesById,
}: {
  sheets: CompareSheet[];
  labels: AnswerLabels;
  /** What the answers' conditions are (core's scenarioWords note), in both systems. */
  conditions: InBoth<string>;
  markets: readonly MarketChoice[];
  sources: Record<string, Source>;
}) {
  const vehicleIds = all.map((v) => v.id);
  const getVehicle = (id: string) => all.find((v) => v.id === id)!;
  /** Core's nearest id for each unknown one that has a near one (text like no id gets none). */
  const nearest = (id: string) => closestIds(id, vehicleIds, 1)[0];
  const [raw, setRaw] = useQueryState('models', { history: 'push' });
  const [marketRaw, setMarket] = useQueryState('market', { history: 'push' });
  // Shown once the cars and the market are the address's (the static page holds the default pair, no market).
  useSettled((raw !== null || !addressHas(['models'])) && (marketRaw !== null || !addressHas(['market'])));
  const id = useId();
  const [adding, setAdding] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const read = readCompare(
    raw,
    marketRaw,
    vehicleIds,
    markets.map((m) => m.id),
  );
  const market = markets.find((m) => m.id === read.market);
  const marketError =
    read.marketUnknown && marketRaw !== null ? unknownMarket(marketRaw, markets) : undefined;
  const { ids, unknown, tooMany } = read;
  const hints = unknown.map(nearest).filter((x): x is string => x !== undefined);
  const set = (next: string[]) => setRaw(next.join(','));
  const vehicles = ids.map(getVehicle);
  const rows = vehicles.length >= 2 ? compareSheets(vehicles.map((v) => v.rows)) : [];
  const answersIn = (system: UnitSystem) => lineUpAnswers(vehicles, labels, market?.id, system);
  const answers =
    vehicles.length >= 2 ? { metric: answersIn('metric'), imperial: answersIn('imperial') } : undefined;
  const imperial = new Map(
    compareSheets(vehicles.map((v) => v.rows.map((r) => ({ ...r, value: r.imperial })))).map((r) => [
      r.key,
      r,
    ]),
  );
  return (
    <>
      <EarlyAnswer boxed={false} />
      <fieldset
        className="calc"
        style={{
          border: 0,
          padding: 0,
          margin: 0,
          display: 'grid',
          gap: 14,
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        }}
      >
        <legend className="sr-only">Cars to compare</legend>
        {ids.map((v, i) => (
          <div className="field car" key={`${v}-${i}`}>
            <label htmlFor={`${id}-${i}`}>Car {i + 1}</label>
            <select
              id={`${id}-${i}`}
              value={v}
              onChange={(e) => set(ids.map((x, j) => (j === i ? e.target.value : x)))}
            >
              {all.map((o) => (
                <option key={o.id} value={o.id} disabled={o.id !== v && ids.includes(o.id)}>
                  {o.name}
                </option>
              ))}
            </select>
            {ids.length > 2 ? (
              <button
                type="button"
                className="small"
                style={{ marginTop: 6 }}
                onClick={() => {
                  set(ids.filter((_, j) => j !== i));
                  // The button goes with its car: keep focus in the form, on the add control.
                  requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                }}
              >
                Remove {getVehicle(v).name}
              </button>
            ) : null}
          </div>
        ))}
        {ids.length < 4 ? (
          <div className="field">
            <label htmlFor={`${id}-add`}>Add a car</label>
            <div className="inline-add">
              <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="">Choose…</option>
                {all
                  .filter((o) => !ids.includes(o.id))
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </select>
              <button
                type="button"
                ref={addButton}
                disabled={!adding}
                onClick={() => {
                  if (!adding) return;
                  const next = [...ids, adding];
                  set(next);
                  setAdding('');
                  // With four cars the add control goes: keep focus in the form, on the car just added.
                  if (next.length === 4)
                    requestAnimationFrame(() => document.getElementById(`${id}-${next.length - 1}`)?.focus());
                }}
              >
                Add
              </button>
            </div>
          </div>
        ) : null}
        <MarketSelect
          id={`${id}-market`}
          markets={markets}
          value={market?.id ?? ''}
          error={marketError}
          onChange={(m) => setMarket(m)}
        />
      </fieldset>
      {unknown.length ? (
        <p className="err" role="alert" style={{ color: 'var(--error)', fontWeight: 600 }}>
          Unknown model{unknown.length > 1 ? 's' : ''}: {unknown.map((u) => `“${u}”`).join(', ')}.{' '}
          {hints.length ? `Did you mean ${hints.join(', ')}?` : ''}
        </p>
      ) : null}
      {tooMany ? (
        <p role="alert" style={{ color: 'var(--error)', fontWeight: 600 }}>
          Compare takes two to four cars; showing the first four.
        </p>
      ) : null}
      {vehicles.length < 2 ? (
        <p role="alert" className="note">
          Choose at least two cars to compare.
        </p>
      ) : (
        <>
          {answers ? (
            <section aria-labelledby={`${id}-answers`}>
              <h2 id={`${id}-answers`}>{COMPARE_SECTIONS.answers}</h2>
              <p className="small muted">
                {ANSWERS_INTRO} <Both metric={conditions.metric} imperial={conditions.imperial} /> How close
                the model comes is on <Link href="/accuracy">Accuracy</Link>.
              </p>
              <div className="table-scroll">
                <table data-testid="answers-table">
                  <caption className="sr-only">
                    Computed answers side by side; the best of each row is marked.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Question</th>
                      {vehicles.map((v) => (
                        <th scope="col" key={v.id}>
                          {v.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {answers.metric.map((r, k) => {
                      const ir = answers.imperial[k]!;
                      return (
                        <tr key={r.key} data-key={r.key}>
                          <th scope="row">
                            <Both metric={r.label} imperial={ir.label} />
                          </th>
                          {r.values.map((_, i) => (
                            <td
                              key={vehicles[i]!.id}
                              className={r.amounts[i] === undefined ? 'muted' : undefined}
                            >
                              <Both
                                metric={<AnswerValue row={r} i={i} />}
                                imperial={<AnswerValue row={ir} i={i} />}
                              />
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          <h2>{COMPARE_SECTIONS.published}</h2>
          <div className="table-scroll">
            <table data-testid="compare-table">
              <caption className="sr-only">
                Figures side by side; rows where the cars differ are highlighted.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  {vehicles.map((v) => (
                    <th scope="col" key={v.id}>
                      <Link href={`/models/${v.id}`}>{v.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const ir = imperial.get(r.key)!;
                  // The two systems mark the same rows (a core test checks every pair); either will do.
                  const differs = r.differs || ir.differs;
                  return (
                    <tr key={r.key} className={differs ? 'differs' : undefined}>
                      <th scope="row">
                        {r.label}
                        {differs ? <span className="sr-only"> (differs)</span> : null}
                      </th>
                      {r.figures.map((f, i) => (
                        <td key={vehicles[i]!.id}>
                          {f ? (
                            <FigureValue
                              figure={f}
                              sources={sourcesById}
                              notes={r.notes[i]}
                              display={<Both metric={r.values[i]} imperial={ir.values[i]} />}
                            />
                          ) : (
                            <span className="muted">not published</span>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="small muted">The address of this page holds the comparison: copy it to share.</p>
    </>
  );
}
