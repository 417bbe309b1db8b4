import { dataSet, supportedBy } from '@mini-ev/core';
import type { Row } from '../rows.js';

/** Every source (as filtered with `/`) with its title, publisher, date, address and what it supports. */
export function sourceRows(filter = ''): Row[] {
  const f = filter.trim().toLowerCase();
  const list = dataSet.sources.filter(
    (s) => f === '' || `${s.id} ${s.title} ${s.publisher} ${s.url ?? ''}`.toLowerCase().includes(f),
  );
  if (list.length === 0) return [{ text: `No source matches “${filter}”. Esc clears the filter.` }];
  return list.flatMap((s) => [
    { text: `${s.id}`, bold: true },
    { text: `  ${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''}` },
    {
      text: `  ${s.url ?? 'no public address'} · supports ${supportedBy(s.id).length} figures and facts`,
      color: 'gray' as const,
    },
  ]);
}
