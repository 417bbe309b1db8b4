import { accuracyCells, accuracyReport, formatNumber } from '@mini-ev/core';
import { bold, dim, type Output, table, tableFits } from '../output.js';

/** The model against the published validation set: per case, and the summary. */
export function accuracyCommand(): Output {
  const r = accuracyReport();
  const n = (x: number) => formatNumber(x, { digits: 1 });
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
  const summary = [
    `${bold(`Mean absolute error ${n(r.meanAbsErrorPct)} %`)} on ${r.rows.length} real-world measurements (naive method: ${n(r.naiveMeanAbsErrorPct)} %).`,
    `${r.withinTolerance} of ${r.rows.length} within their measurement tolerance (! marks the others); ${formatNumber(r.intervalCoverage * 100)} % inside the model's ${formatNumber(r.nominalCoverage * 100)} % interval.`,
    dim(`Naive method: ${r.naiveMethod}`),
    dim('Every case, with its source, conditions and assumptions: mini-ev accuracy --json'),
  ].join('\n');
  const body = tableFits(head, cells)
    ? table(head, cells, ['l', 'r', 'r', 'r', 'r', 'r'])
    : r.rows
        .map(
          (x, i) =>
            `${bold(x.case.id)}\n  ${x.case.title}\n  measured ${cells[i]![1]} · model ${cells[i]![2]} · error ${cells[i]![3]} (${cells[i]![4]})\n${dim(`  ${x.case.source.url}`)}`,
        )
        .join('\n\n');
  return { json, text: `${body}\n\n${summary}` };
}
