import { dataSet, supportedBy } from '@mini-ev/core';
import type { Row } from '../rows.js';

/** Every source with its address and how many figures and facts it supports. */
export function sourceRows(): Row[] {
  return dataSet.sources.flatMap((s) => [
    { text: `${s.id}`, bold: true },
    { text: `  ${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''}` },
    {
      text: `  ${s.url ?? 'no public address'} · supports ${supportedBy(s.id).length} figures and facts`,
      color: 'gray' as const,
    },
  ]);
}
