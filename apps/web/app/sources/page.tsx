import { dataSet, supportedBy } from '@mini-ev/core';
import type { Metadata } from 'next';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'Sources',
  description: 'Every source behind the mini-ev data set, and what each one supports.',
  path: '/sources',
});

export default function Sources() {
  return (
    <>
      <h1>Sources</h1>
      <p className="muted">
        Every figure and fact on this site cites one of these. Where they disagree, the car pages show every
        value and why one was chosen.
      </p>
      {dataSet.sources.map((s) => {
        const supports = supportedBy(s.id);
        return (
          <section key={s.id} id={s.id} className="card" style={{ marginBottom: 12 }}>
            <h2 style={{ margin: 0, fontSize: '1.05rem' }}>
              {s.url ? <a href={s.url}>{s.title}</a> : s.title}
            </h2>
            <p className="small muted" style={{ margin: '4px 0' }}>
              {s.publisher} · {s.date ?? 'undated'} · {s.kind} · id <code>{s.id}</code>
            </p>
            {s.note ? <p className="small">{s.note}</p> : null}
            <details>
              <summary>Supports {supports.length} figures and facts</summary>
              <ul className="small">
                {supports.map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </details>
          </section>
        );
      })}
    </>
  );
}
