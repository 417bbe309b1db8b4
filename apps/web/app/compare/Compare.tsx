'use client';
import { closestIds, compareSheets, type Source } from '@mini-ev/core';
import { useQueryState } from 'nuqs';
import { useId } from 'react';
import { Both } from '../../components/Both';
import { FigureValue } from '../../components/FigureValue';
import { Link } from '../../components/Link';
import { addressHas, useSettled } from '../../lib/pending';
import type { CompareSheet } from './sheet';

const DEFAULT = ['cooper-se-f56', 'cooper-se-j01'];

/**
 * Side-by-side figures. Every car's spec sheet comes from the page, formatted by core at build time in both
 * unit systems, so the browser only lines up the chosen sheets (core's compareSheets): no data module and no
 * number formatting ship to it.
 */
export function Compare({
  sheets: all,
  sources: sourcesById,
}: {
  sheets: CompareSheet[];
  sources: Record<string, Source>;
}) {
  const vehicleIds = all.map((v) => v.id);
  const getVehicle = (id: string) => all.find((v) => v.id === id)!;
  const suggestVehicleIds = (id: string, max: number) => closestIds(id, vehicleIds, max);
  const [raw, setRaw] = useQueryState('models', { history: 'push' });
  // Shown once the cars are the address's (the static page holds the default pair).
  useSettled(raw !== null || !addressHas(['models']));
  const id = useId();
  const asked =
    raw === null
      ? DEFAULT
      : raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const unknown = asked.filter((x) => !vehicleIds.includes(x));
  const ids = [...new Set(asked.filter((x) => vehicleIds.includes(x)))].slice(0, 4);
  const tooMany = new Set(asked.filter((x) => vehicleIds.includes(x))).size > 4;
  const set = (next: string[]) => setRaw(next.join(','));
  const vehicles = ids.map(getVehicle);
  const rows = vehicles.length >= 2 ? compareSheets(vehicles.map((v) => v.rows)) : [];
  const imperial = new Map(
    compareSheets(vehicles.map((v) => v.rows.map((r) => ({ ...r, value: r.imperial })))).map((r) => [
      r.key,
      r,
    ]),
  );
  return (
    <>
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
          <div className="field" key={`${v}-${i}`}>
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
                onClick={() => set(ids.filter((_, j) => j !== i))}
              >
                Remove {getVehicle(v).name}
              </button>
            ) : null}
          </div>
        ))}
        {ids.length < 4 ? (
          <div className="field">
            <label htmlFor={`${id}-add`}>Add a car</label>
            <select
              id={`${id}-add`}
              value=""
              onChange={(e) => e.target.value && set([...ids, e.target.value])}
            >
              <option value="">Choose…</option>
              {all
                .filter((o) => !ids.includes(o.id))
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      {unknown.length ? (
        <p className="err" role="alert" style={{ color: 'var(--error)', fontWeight: 600 }}>
          Unknown model{unknown.length > 1 ? 's' : ''}: {unknown.map((u) => `“${u}”`).join(', ')}.{' '}
          {unknown.map((u) => suggestVehicleIds(u, 1)[0]).filter(Boolean).length
            ? `Did you mean ${unknown.map((u) => suggestVehicleIds(u, 1)[0]).join(', ')}?`
            : ''}
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
      )}
      <p className="small muted">The address of this page holds the comparison: copy it to share.</p>
    </>
  );
}
