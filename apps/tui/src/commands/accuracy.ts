import {
  ACCURACY_COLUMNS,
  type AccuracyReport,
  type AccuracyRow,
  accuracyCells,
  accuracyReport,
  accuracySummary,
} from '@mini-ev/core';
import { bold, dim, type Output, pairs, table, tableFits } from '../output.js';

/** A case's cells with the terminal's mark: the error of a case outside its tolerance carries a "!". */
export function markedAccuracyCells(x: AccuracyRow) {
  const c = accuracyCells(x);
  return { ...c, case: x.case.id, error: `${c.error}${x.withinTolerance ? '' : ' !'}` };
}

/**
 * The summary as the terminal words it: the headline (its error set off by `strong`), the share within
 * tolerance (and what "!" marks), the naive method.
 */
export function accuracySummaryLines(r: AccuracyReport, strong = (t: string) => t): string[] {
  const s = accuracySummary(r);
  return [
    `${strong(s.meanAbsError)} ${s.against}`,
    `${s.withinTolerance} (! marks the others); ${s.coverage}`,
    s.naiveMethod,
  ];
}

/** The model against the published validation set: per case, and the summary. */
export function accuracyCommand(): Output {
  const r = accuracyReport();
  const json = {
    cases: r.rows.length,
    meanAbsErrorPct: r.meanAbsErrorPct,
    naiveMeanAbsErrorPct: r.naiveMeanAbsErrorPct,
    naiveMethod: r.naiveMethod,
    withinTolerance: r.withinTolerance,
    intervalCoverage: r.intervalCoverage,
    nominalCoverage: r.nominalCoverage,
    rows: r.rows.map(({ case: c, ...x }) => ({
      id: c.id,
      vehicleId: c.vehicleId,
      title: c.title,
      measure: c.measure,
      measured: c.measured,
      ...x,
      tolerancePct: c.tolerancePct,
      conditions: c.conditions,
      assumptions: c.assumptions,
      source: c.source,
    })),
  };
  const head = ACCURACY_COLUMNS.map((c) => c.label);
  const rows = r.rows.map((x) => {
    const cell = markedAccuracyCells(x);
    return { x, values: ACCURACY_COLUMNS.map((col) => cell[col.key]) };
  });
  const [headline, within, naive] = accuracySummaryLines(r, bold);
  const summary = [
    headline!,
    within!,
    dim(naive!),
    dim('Every case, with its source, conditions and assumptions: mini-ev accuracy --json'),
  ].join('\n');
  // Too narrow for the table: each case as a block, its title under its id, then one column a line,
  // and its address whole on the last.
  const block = ({ x, values }: (typeof rows)[number]) =>
    [
      bold(x.case.id),
      x.case.title,
      pairs(head.slice(1).map((h, i): [string, string] => [h, values[i + 1]!])),
      dim(x.case.source.url),
    ]
      .join('\n')
      .replace(/\n/g, '\n  ');
  const cells = rows.map((row) => row.values);
  const body = tableFits(head, cells)
    ? table(head, cells, ['l', 'r', 'r', 'r', 'r', 'r'])
    : rows.map(block).join('\n\n');
  return { json, text: `${body}\n\n${summary}` };
}
