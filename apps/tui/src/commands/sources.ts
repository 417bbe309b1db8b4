import { dataSet, supportedBy } from '@mini-ev/core';
import { bold, dim, type Output, table, tableFits } from '../output.js';

/** Every source: as a table when it fits the terminal, otherwise one block per source. */
export function sourcesCommand(): Output {
  const rows = dataSet.sources.map((s) => ({ ...s, supports: supportedBy(s.id) }));
  const head = ['id', 'publisher', 'date', 'supports', 'address'];
  const cells = rows.map((s) => [s.id, s.publisher, s.date ?? 'undated', s.supports.length, s.url ?? '—']);
  const text = tableFits(head, cells)
    ? table(head, cells, ['l', 'l', 'l', 'r', 'l'])
    : rows
        .map((s) =>
          [
            bold(s.id),
            `  ${s.title}`,
            `  ${s.publisher} · ${s.date ?? 'undated'} · supports ${s.supports.length}`,
            `  ${dim(s.url ?? 'no public address')}`,
          ].join('\n'),
        )
        .join('\n\n');
  return { json: rows, text };
}
