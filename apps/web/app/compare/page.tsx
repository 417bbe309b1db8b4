import { dataSet, specRows } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Compare } from '../../components/Compare';
import { UrlState } from '../../components/UrlState';
import type { CompareSheet } from '../../lib/compare';
import { sourcesById } from '../../lib/data';

export const metadata: Metadata = {
  title: 'Compare',
  description: 'Two to four electric MINIs side by side, differences highlighted.',
};

/** Every car's spec sheet, formatted by core now (at build time) in both unit systems. */
function sheets(): CompareSheet[] {
  return dataSet.vehicles.map((v) => {
    const imperial = new Map(specRows(v, { system: 'imperial' }).map((r) => [r.key, r.value]));
    return {
      id: v.id,
      name: v.name,
      rows: specRows(v, { system: 'metric' }).map((r) => ({
        key: r.key,
        label: r.label,
        figure: r.figure,
        value: r.value,
        imperial: imperial.get(r.key) ?? r.value,
      })),
    };
  });
}

export default function ComparePage() {
  return (
    <>
      <h1>Compare</h1>
      <UrlState>
        <Compare sheets={sheets()} sources={sourcesById} />
      </UrlState>
    </>
  );
}
