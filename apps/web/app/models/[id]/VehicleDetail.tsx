import {
  CAR_SECTIONS,
  formatDistance,
  notCalculableNotice,
  type Source,
  scenarioWords,
  toShown,
  type UnitSystem,
  type Vehicle,
} from '@mini-ev/core';
import type { ReactNode } from 'react';
import { Both } from '../../../components/Both';
import { Chart } from '../../../components/Chart';
import { FigureValue } from '../../../components/FigureValue';
import { ModelFlags } from '../../../components/RestsOn';
import { sheetInBoth } from '../../../lib/sheet';
import { inBoth } from '../../../lib/systems';
import type { VehicleFigures } from './figures';

const SCENARIOS = ['city', 'highway', 'combined'] as const;

/** Renders something once per unit system; CSS shows the reader's (see Both). */
const both = (render: (system: UnitSystem) => ReactNode, block = false) => (
  <Both {...inBoth(render)} block={block} />
);

/**
 * The spec sheet (every figure with its source) and, for cars with a WLTP figure, the model's charts.
 * A server component: everything is computed and formatted by core when the page is built, in both unit
 * systems, so the car page ships no formatting or chart code.
 */
export function VehicleDetail({
  vehicle: v,
  figures: m,
  sources: sourcesById,
}: {
  vehicle: Vehicle;
  figures: VehicleFigures | undefined;
  sources: Record<string, Source>;
}) {
  const rows = sheetInBoth(v);
  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <>
      <h2>{CAR_SECTIONS.specifications}</h2>
      <p className="small muted">
        Tap, click or press Enter on a value (or hover over it) to see its source, its date and the figure as
        the source states it; Escape closes it.
      </p>
      <div className="table-scroll">
        <table>
          <tbody>
            {groups.map((g) => [
              <tr key={g}>
                <th scope="colgroup" colSpan={2} style={{ paddingTop: 18, color: 'var(--fg)' }}>
                  {g}
                </th>
              </tr>,
              ...rows
                .filter((r) => r.group === g)
                .map((r) => (
                  <tr key={r.key} data-key={r.key}>
                    <th scope="row" style={{ width: '40%' }}>
                      {r.label}
                    </th>
                    <td>
                      <FigureValue
                        figure={r.figure}
                        sources={sourcesById}
                        notes={r.notes}
                        display={<Both metric={r.value} imperial={r.imperial} />}
                      />
                    </td>
                  </tr>
                )),
            ])}
          </tbody>
        </table>
      </div>
      {v.unknown.length ? (
        <>
          <h2>{CAR_SECTIONS.notPublished}</h2>
          <ul>
            {v.unknown.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      ) : null}
      {m ? (
        <>
          <h2>{CAR_SECTIONS.realWorld}</h2>
          <p className="small muted">{both((system) => scenarioWords(system, m).note)}</p>
          <div className="table-scroll">
            <table data-testid="scenario-table">
              <thead>
                <tr>
                  <th scope="col">Weather</th>
                  {SCENARIOS.map((s) => (
                    <th key={s} scope="col" className="num">
                      {both((system) => scenarioWords(system, m).scenario[s])}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(['mild', 'cold'] as const).map((w) => {
                  const t = m.scenarios;
                  return (
                    <tr key={w}>
                      <th scope="row">{both((system) => scenarioWords(system, m).weather[w])}</th>
                      {SCENARIOS.map((s) => (
                        <td key={s} className="num">
                          {both((system) =>
                            formatDistance(t.find((r) => r.scenario === s && r.weather === w)!.rangeKm, {
                              system,
                            }),
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2>{CAR_SECTIONS.charts}</h2>
          <div className="charts">
            {m.dcCurve ? (
              <Chart
                title={m.charts.metric.dcCurve.title}
                xLabel={m.charts.metric.dcCurve.x}
                yLabel={m.charts.metric.dcCurve.y}
                series={[{ label: m.charts.metric.dcCurve.series.limit ?? '', points: m.dcCurve }]}
              />
            ) : null}
            {m.chargeSeries ? (
              <Chart
                title={m.charts.metric.chargeTime.title}
                xLabel={m.charts.metric.chargeTime.x}
                yLabel={m.charts.metric.chargeTime.y}
                series={[{ label: m.charts.metric.chargeTime.series.charge ?? '', points: m.chargeSeries }]}
              />
            ) : null}
            {both((system) => {
              const dist = (km: number) => toShown('distance', km, system);
              const words = m.charts[system].bySpeed;
              return (
                <Chart
                  title={words.title}
                  xLabel={words.x}
                  yLabel={words.y}
                  series={[
                    {
                      label: words.series.mild ?? '',
                      points: m.bySpeedMild.map((p) => ({ x: toShown('speed', p.x, system), y: dist(p.y) })),
                    },
                    {
                      label: words.series.cold ?? '',
                      points: m.bySpeedCold.map((p) => ({ x: toShown('speed', p.x, system), y: dist(p.y) })),
                    },
                  ]}
                />
              );
            }, true)}
            {both(
              (system) => (
                <Chart
                  title={m.charts[system].byTemp.title}
                  xLabel={m.charts[system].byTemp.x}
                  yLabel={m.charts[system].byTemp.y}
                  series={[
                    {
                      label: m.charts[system].byTemp.series.range ?? '',
                      points: m.byTemp.map((p) => ({
                        x: toShown('temperature', p.x, system),
                        y: toShown('distance', p.y, system),
                      })),
                    },
                  ]}
                />
              ),
              true,
            )}
          </div>
          <h2>{m.assumptions.metric.carHeading}</h2>
          {both(
            (system) => (
              <>
                <ModelFlags flags={m.assumptions[system].flags} />
                <ul className="small">
                  {m.assumptions[system].others.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </>
            ),
            true,
          )}
        </>
      ) : (
        <p className="note" data-testid="not-calculable">
          {notCalculableNotice(v)}
        </p>
      )}
    </>
  );
}
