import { INTERVAL_SHARE } from '../calc/uncertainty.js';
import type { AccuracyReport, AccuracyRow } from '../validation/accuracy.js';
import { type FormatOptions, formatNumber, formatPercent, formatSignedPercent } from './index.js';

/**
 * What every answer's interval is called, from its share: a face's tooltip on "(218–267)" and the
 * validation table's heading say it alike.
 * @example INTERVAL_NAME // '80 % interval'
 */
export const INTERVAL_NAME = `${INTERVAL_SHARE * 100} % interval`;

/** A validation case's figures as text, the same on the site, in the terminal and in docs/model.md. */
export interface AccuracyCells {
  /** The measurement in its unit, e.g. "13 kWh/100 km". */
  measured: string;
  /** The model's answer with its interval, e.g. "13.6 (12.2–14.9)". */
  model: string;
  /** The model's error, e.g. "+4.3 %" (a face marks the cases outside tolerance its own way). */
  error: string;
  /** The measurement's tolerance, e.g. "±10 %". */
  tolerance: string;
  /** The naive method's error, e.g. "−3.1 %". */
  naive: string;
}

/**
 * The columns of the validation table, in order, with their headings: the case, then each of
 * {@link AccuracyCells}. Every face heads its table (or labels its lines) with these; the site sets the
 * first letter in capitals.
 * @example ACCURACY_COLUMNS.map((c) => c.label).join(' | ') // 'case | measured | model (80 % interval) | error | tolerance | naive'
 */
export const ACCURACY_COLUMNS: readonly { key: 'case' | keyof AccuracyCells; label: string }[] = [
  { key: 'case', label: 'case' },
  { key: 'measured', label: 'measured' },
  { key: 'model', label: `model (${INTERVAL_NAME})` },
  { key: 'error', label: 'error' },
  { key: 'tolerance', label: 'tolerance' },
  { key: 'naive', label: 'naive' },
];

/**
 * The text cells of one row of {@link accuracyReport}: one decimal for the figures (the cases are stated
 * in metric units).
 * @example accuracyCells(accuracyReport().rows[0]).tolerance // '±10 %'
 */
export function accuracyCells(row: AccuracyRow, opts: Pick<FormatOptions, 'locale'> = {}): AccuracyCells {
  const n = (x: number) => formatNumber(x, { ...opts, digits: 1 });
  return {
    measured: `${n(row.case.measured)} ${row.unit}`,
    model: `${n(row.predicted)} (${n(row.low)}–${n(row.high)})`,
    error: formatSignedPercent(row.errorPct, opts),
    tolerance: `±${formatPercent(row.case.tolerancePct, opts)}`,
    naive: formatSignedPercent(row.naiveErrorPct, opts),
  };
}

/** The validation set's summary as text, the same on the site and in the terminal. */
export interface AccuracySummary {
  /** "Mean absolute error 6.0 %": the headline a face sets in bold. */
  meanAbsError: string;
  /** "on 36 real-world measurements (naive method: 18.2 %)." */
  against: string;
  /** "30 of 36 within their measurement tolerance". */
  withinTolerance: string;
  /** "83 % inside the model’s 80 % interval." */
  coverage: string;
  /** "Naive method: …", what the naive figures are. */
  naiveMethod: string;
}

/**
 * The summary lines of {@link accuracyReport}. The mean errors keep one decimal even when it is zero
 * ("6.0 %"), so a figure just above a whole number is not shown as that number.
 * @example accuracySummary({ ...accuracyReport(), meanAbsErrorPct: 6.04 }).meanAbsError // 'Mean absolute error 6.0 %'
 */
export function accuracySummary(
  r: AccuracyReport,
  opts: Pick<FormatOptions, 'locale'> = {},
): AccuracySummary {
  // One decimal always (the signed form without its sign: a mean absolute error is never negative).
  const pct1 = (x: number) => formatSignedPercent(x, opts).replace(/^\+/, '');
  const share = (x: number) => formatPercent(x * 100, opts);
  return {
    meanAbsError: `Mean absolute error ${pct1(r.meanAbsErrorPct)}`,
    against: `on ${r.rows.length} real-world measurements (naive method: ${pct1(r.naiveMeanAbsErrorPct)}).`,
    withinTolerance: `${r.withinTolerance} of ${r.rows.length} within their measurement tolerance`,
    coverage: `${share(r.intervalCoverage)} inside the model’s ${share(r.nominalCoverage)} interval.`,
    naiveMethod: `Naive method: ${r.naiveMethod}`,
  };
}
