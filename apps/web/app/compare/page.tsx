import { dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Compare } from '../../components/Compare';
import { UrlState } from '../../components/UrlState';
import { sourcesById } from '../../lib/data';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four electric MINIs side by side, differences highlighted.',
};

export default function ComparePage() {
  return (
    <>
      <h1>Compare</h1>
      <UrlState>
        <Compare vehicles={dataSet.vehicles} sources={sourcesById} />
      </UrlState>
    </>
  );
}
