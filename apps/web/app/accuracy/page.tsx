import { ACCURACY_COLUMNS, accuracyCells, accuracyReport, accuracySummary, getVehicle } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Link } from '../../components/Link';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'Accuracy',
  description:
    'How close the model comes to real-world measurements of electric MINIs it was never tuned on, each with its source.',
  path: '/accuracy',
});

export default function Accuracy() {
  const r = accuracyReport();
  const s = accuracySummary(r);
  return (
    <>
      <h1>Accuracy</h1>
      <p>
        The model is calibrated to each car’s official figure only. Here it meets {r.rows.length} real-world
        measurements from public sources that it was never tuned on: steady-speed runs, EPA results, owners’
        logs, winter weeks and charging sessions.
      </p>
      <div className="card" data-testid="accuracy-summary">
        <p style={{ margin: 0 }}>
          <strong>{s.meanAbsError}</strong> {s.against} {s.withinTolerance}; {s.coverage} The interval is the
          range every answer on this site shows in brackets.
        </p>
        <p className="small muted" style={{ marginBottom: 0 }}>
          {s.naiveMethod} How the model works, and where each constant comes from:{' '}
          <a href="https://github.com/mini-ev/mini-ev/blob/main/packages/core/docs/model.md">docs/model.md</a>
          .
        </p>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Validation cases">
        <table className="small" data-testid="accuracy-table">
          <caption style={{ textAlign: 'left', fontWeight: 650, padding: '6px 0' }}>
            Predicted against measured, per case
          </caption>
          <thead>
            <tr>
              {ACCURACY_COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.key === 'case' ? 'heading' : 'heading num'}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((x) => {
              const c = accuracyCells(x);
              return (
                <tr key={x.case.id} id={x.case.id}>
                  <th scope="row" className="case">
                    <Link href={`/models/${x.case.vehicleId}`}>{getVehicle(x.case.vehicleId).name}</Link>:{' '}
                    {x.case.title}
                    <br />
                    <span className="muted">
                      {x.case.conditions} Assumed: {x.case.assumptions}{' '}
                      <a href={x.case.source.url}>
                        {x.case.source.publisher}
                        {x.case.source.date ? `, ${x.case.source.date}` : ''}
                      </a>
                    </span>
                  </th>
                  <td className="num measured">{c.measured}</td>
                  <td className="num">{c.model}</td>
                  <td className="num">
                    {c.error}
                    {!x.withinTolerance && (
                      <>
                        <br />
                        (outside)
                      </>
                    )}
                  </td>
                  <td className="num">{c.tolerance}</td>
                  <td className="num">{c.naive}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
