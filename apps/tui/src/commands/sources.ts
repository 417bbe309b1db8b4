import { dataSet, supportedBy } from '@mini-ev/core';
import type { Output } from '../output.js';
import { table } from '../output.js';

export function sourcesCommand(): Output {
  const rows = dataSet.sources.map((s) => ({ ...s, supports: supportedBy(s.id) }));
  return {
    json: rows,
    text: table(
      ['id', 'publisher', 'date', 'supports', 'address'],
      rows.map((s) => [
        s.id,
        s.publisher.length > 48 ? `${s.publisher.slice(0, 47)}…` : s.publisher,
        s.date ?? 'undated',
        s.supports.length,
        s.url ?? '—',
      ]),
      ['l', 'l', 'l', 'r', 'l'],
    ),
  };
}
