import { dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Link } from '../../components/Link';
import { sourcesById } from '../../lib/data';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'History',
  description: 'From the 2011 Rocketman concept to MINI’s 2030 all-electric goal, each event sourced.',
  path: '/history',
});

export default function History() {
  const events = dataSet.timeline; // oldest first, as core orders it
  return (
    <>
      <h1>History</h1>
      <p className="muted">
        From the 2011 Rocketman concept to the 2030 all-electric goal. Each event names its source.
      </p>
      <ol className="timeline">
        {events.map((e) => {
          const s = sourcesById[e.sourceId];
          return (
            <li key={e.id} className={e.kind === 'target' ? 'target' : undefined}>
              <time dateTime={e.date}>{e.date}</time> · {e.title}
              {e.vehicleIds.length ? (
                <span className="small">
                  {' '}
                  (
                  {e.vehicleIds.map((id, i) => (
                    <span key={id}>
                      {i ? ', ' : ''}
                      <Link href={`/models/${id}`}>{dataSet.vehicles.find((v) => v.id === id)?.name}</Link>
                    </span>
                  ))}
                  )
                </span>
              ) : null}
              <div className="small muted">
                Source: {s?.url ? <a href={s.url}>{s.publisher}</a> : s?.publisher}
                {e.conflict
                  ? ` · also dated ${e.conflict.alternatives.map((a) => `${a.date} (${sourcesById[a.sourceId]?.publisher})`).join(', ')}. ${e.conflict.reason}`
                  : ''}
              </div>
            </li>
          );
        })}
      </ol>
      <h2>Programme targets</h2>
      <ul>
        {dataSet.claims.map((c) => (
          <li key={c.id}>
            {c.statement}
            {c.madeOn ? ` (stated ${c.madeOn})` : ''}{' '}
            <span className="small muted">— {sourcesById[c.sourceId]?.publisher}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
