import { dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Compare } from '../../components/Compare';
import { sourcesById } from '../../lib/data';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four electric MINIs side by side, differences highlighted.',
};

export default function ComparePage() {
  return (
    <>
      <h1>Compare</h1>
      <Suspense fallback={<p>Loading the comparison…</p>}>
        <Compare vehicles={dataSet.vehicles} sources={sourcesById} />
      </Suspense>
    </>
  );
}
