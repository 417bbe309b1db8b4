import { dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Pending } from '../../components/Pending';
import { UrlState } from '../../components/UrlState';
import { sourcesById } from '../../lib/data';
import { sheetInBoth } from '../../lib/sheet';
import { Compare } from './Compare';
import type { CompareSheet } from './sheet';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four electric MINIs side by side, differences highlighted.',
};

/** Every car's spec sheet, formatted by core now (at build time) in both unit systems. */
function sheets(): CompareSheet[] {
  return dataSet.vehicles.map((v) => ({ id: v.id, name: v.name, rows: sheetInBoth(v) }));
}

export default function ComparePage() {
  return (
    <>
      <h1>Compare</h1>
      <Pending what="the cars in this link" />
      <div className="calc-live">
        <UrlState>
          <Compare sheets={sheets()} sources={sourcesById} />
        </UrlState>
      </div>
    </>
  );
}
