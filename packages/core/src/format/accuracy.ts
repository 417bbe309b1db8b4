import type { AccuracyRow } from '../validation/accuracy.js';
import { type FormatOptions, formatNumber, formatSignedPercent } from './index.js';

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
    tolerance: `±${formatNumber(row.case.tolerancePct, opts)} %`,
    naive: formatSignedPercent(row.naiveErrorPct, opts),
  };
}
