import { accuracyCells, accuracyReport, accuracySummary } from '@mini-ev/core';
import { bold, dim, type Output, table, tableFits } from '../output.js';

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
  const head = ['case', 'measured', 'model (80 % interval)', 'error', 'tolerance', 'naive'];
  const cells = r.rows.map((x) => {
    const c = accuracyCells(x);
    return [
      x.case.id,
      c.measured,
      c.model,
      `${c.error}${x.withinTolerance ? '' : ' !'}`,
      c.tolerance,
      c.naive,
    ];
  });
  const s = accuracySummary(r);
  const summary = [
    `${bold(s.meanAbsError)} ${s.against}`,
    `${s.withinTolerance} (! marks the others); ${s.coverage}`,
    dim(s.naiveMethod),
    dim('Every case, with its source, conditions and assumptions: mini-ev accuracy --json'),
  ].join('\n');
  // Too narrow for the table: each case as a block, one figure a line, its address whole on the last.
  const block = (x: (typeof r.rows)[number], c: string[]) =>
    [
      bold(x.case.id),
      `  ${x.case.title}`,
      ...(
        [
          ['measured', c[1]!],
          ['model', c[2]!],
          ['error', `${c[3]!} (${c[4]!})`],
        ] as const
      ).map(([k, v]) => `  ${dim(k.padEnd(8))}  ${v}`),
      `  ${dim(x.case.source.url)}`,
    ].join('\n');
  const body = tableFits(head, cells)
    ? table(head, cells, ['l', 'r', 'r', 'r', 'r', 'r'])
    : r.rows.map((x, i) => block(x, cells[i]!)).join('\n\n');
  return { json, text: `${body}\n\n${summary}` };
}
