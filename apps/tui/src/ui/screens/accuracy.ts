import { ACCURACY_COLUMNS, accuracyReport } from '@mini-ev/core';
import { accuracySummaryLines, markedAccuracyCells } from '../../commands/accuracy.js';
import { blank, heading, type Row } from '../rows.js';

/**
 * The model against its published validation set, as `mini-ev accuracy` gives it: the summary first, then
 * each case as a block (its title, one labelled figure a line, its source), which reads at any width.
 */
export function accuracyRows(): Row[] {
  const r = accuracyReport();
  const columns = ACCURACY_COLUMNS.slice(1);
  const labelWidth = Math.max(...columns.map((c) => c.label.length)) + 2;
  const [headline, within, naive] = accuracySummaryLines(r);
  return [
    { text: headline!, bold: true },
    { text: within! },
    { text: naive!, color: 'gray' },
    blank,
    ...r.rows.flatMap((x): Row[] => {
      const cells = markedAccuracyCells(x);
      return [
        heading(x.case.id),
        { text: `  ${x.case.title}`, hang: 2 },
        ...columns.map(
          (c): Row => ({
            text: `  ${c.label.padEnd(labelWidth)}${cells[c.key]}`,
            hang: 2 + labelWidth,
            ...(c.key === 'error' && !x.withinTolerance ? { color: 'yellow' as const } : {}),
          }),
        ),
        { text: `  ${x.case.source.publisher}`, color: 'gray', hang: 2 },
        // The address on a line of its own, so a narrow window breaks it as little as it can.
        { text: `  ${x.case.source.url}`, color: 'gray', hang: 2 },
        blank,
      ];
    }),
  ];
}
