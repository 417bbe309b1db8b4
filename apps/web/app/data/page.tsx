import { DATA_VERSION, dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'Data',
  description: 'Download the mini-ev data set as JSON with its JSON Schema.',
  path: '/data',
});

export default function Data() {
  return (
    <>
      <h1>Data</h1>
      <p>
        The whole data set, version {DATA_VERSION}: {dataSet.vehicles.length} vehicles,{' '}
        {dataSet.sources.length} sources, {dataSet.timeline.length} events. Each figure carries its source,
        the figure as stated, its kind and any disagreement.
      </p>
      <ul>
        <li>
          <a href="/mini-ev-data.json" download>
            mini-ev-data.json
          </a>{' '}
          — the data set
        </li>
        <li>
          <a href="/mini-ev-data.schema.json" download>
            mini-ev-data.schema.json
          </a>{' '}
          — its JSON Schema (draft 2020-12), generated from the zod schemas
        </li>
      </ul>
      <h2>From code</h2>
      <pre style={{ overflowX: 'auto', background: 'var(--bg-soft)', padding: 12, borderRadius: 8 }}>
        <code>{`npm install @mini-ev/core zod

import { getVehicle, vehicleModel, steadySpeedRange } from '@mini-ev/core';
const car = vehicleModel(getVehicle('cooper-se-j01'));
steadySpeedRange(car, { speedKmh: 120, tempC: -5 }).rangeKm;`}</code>
      </pre>
      <p className="small muted">
        From the terminal: <code>mini-ev data</code>.
      </p>
    </>
  );
}
