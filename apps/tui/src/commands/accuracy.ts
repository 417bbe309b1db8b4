import { accuracyReport, type FormatOptions, formatNumber, type ValidationMeasure } from '@mini-ev/core';
import { bold, dim, type Output, table, tableFits } from '../output.js';

const UNIT: Record<ValidationMeasure, string> = {
  consumption: 'kWh/100 km',
  consumptionAtPlug: 'kWh/100 km at the plug',
  range: 'km',
  chargeMinutes: 'min',
  energyFromGrid: 'kWh',
};

/** The model against the published validation set: per case, and the summary. */
export function accuracyCommand(_fmt: FormatOptions): Output {
  const r = accuracyReport();
  const n = (x: number) => formatNumber(x, { digits: 1 });
  const pct = (x: number) => `${x > 0 ? '+' : ''}${formatNumber(x, { digits: 1 })} %`;
  const json = {
    cases: r.rows.length,
    meanAbsErrorPct: r.meanAbsErrorPct,
    naiveMeanAbsErrorPct: r.naiveMeanAbsErrorPct,
    naiveMethod: r.naiveMethod,
    withinTolerance: r.withinTolerance,
    intervalCoverage: r.intervalCoverage,
    nominalCoverage: r.nominalCoverage,
    rows: r.rows.map((x) => ({
      id: x.case.id,
      vehicleId: x.case.vehicleId,
      title: x.case.title,
      measure: x.case.measure,
      unit: UNIT[x.case.measure],
      measured: x.case.measured,
      predicted: x.predicted,
      low: x.low,
      high: x.high,
      errorPct: x.errorPct,
      tolerancePct: x.case.tolerancePct,
      withinTolerance: x.withinTolerance,
      inInterval: x.inInterval,
      naive: x.naive,
      naiveErrorPct: x.naiveErrorPct,
      conditions: x.case.conditions,
      assumptions: x.case.assumptions,
      source: x.case.source,
    })),
  };
  const head = ['case', 'measured', 'model (80 % interval)', 'error', 'tolerance', 'naive'];
  const cells = r.rows.map((x) => [
    x.case.id,
    `${n(x.case.measured)} ${UNIT[x.case.measure]}`,
    `${n(x.predicted)} (${n(x.low)}–${n(x.high)})`,
    `${pct(x.errorPct)}${x.withinTolerance ? '' : ' !'}`,
    `±${x.case.tolerancePct} %`,
    pct(x.naiveErrorPct),
  ]);
  const summary = [
    `${bold(`Mean absolute error ${n(r.meanAbsErrorPct)} %`)} on ${r.rows.length} real-world measurements (naive method: ${n(r.naiveMeanAbsErrorPct)} %).`,
    `${r.withinTolerance} of ${r.rows.length} within their measurement tolerance (! marks the others); ${formatNumber(r.intervalCoverage * 100, { digits: 0 })} % inside the model's ${formatNumber(r.nominalCoverage * 100, { digits: 0 })} % interval.`,
    dim(`Naive method: ${r.naiveMethod}`),
    dim('Every case, with its source, conditions and assumptions: mini-ev accuracy --json'),
  ].join('\n');
  const body = tableFits(head, cells)
    ? table(head, cells, ['l', 'r', 'r', 'r', 'r', 'r'])
    : r.rows
        .map(
          (x, i) =>
            `${bold(x.case.id)}\n  ${x.case.title}\n  measured ${cells[i]![1]} · model ${cells[i]![2]} · error ${cells[i]![3]} (±${x.case.tolerancePct} %)\n${dim(`  ${x.case.source.url}`)}`,
        )
        .join('\n\n');
  return { json, text: `${body}\n\n${summary}` };
}
