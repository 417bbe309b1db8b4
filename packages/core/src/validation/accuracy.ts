import { chargeSession } from '../calc/charging.js';
import { computeRange } from '../calc/range.js';
import { INTERVAL_SHARE } from '../calc/uncertainty.js';
import { getVehicle } from '../data/index.js';
import { vehicleModel } from '../model/vehicle-model.js';
import { MEASURE_UNITS, VALIDATION_CASES, type ValidationCase } from './cases.js';

/** One validation case run through the model. */
export interface AccuracyRow {
  case: ValidationCase;
  /** The unit of measured, predicted, low, high and naive (metric, as the case is stated). */
  unit: string;
  predicted: number;
  /** The model's stated interval for this answer. */
  low: number;
  high: number;
  /** (predicted − measured) / measured, %. */
  errorPct: number;
  withinTolerance: boolean;
  inInterval: boolean;
  /** What a naive method gives: the official figures taken at face value. */
  naive: number;
  naiveErrorPct: number;
}

export interface AccuracyReport {
  rows: AccuracyRow[];
  meanAbsErrorPct: number;
  naiveMeanAbsErrorPct: number;
  /** How the naive method works, in words. */
  naiveMethod: string;
  withinTolerance: number;
  /** The share of measurements inside the model's interval, and the share it is meant to hold. */
  intervalCoverage: number;
  nominalCoverage: number;
}

const NAIVE =
  'The official figures at face value: WLTP range and consumption for any road and weather, and a charge at the lower of charger and car peak power with no losses.';

function run(c: ValidationCase): { value: number; low: number; high: number; naive: number } {
  const v = getVehicle(c.vehicleId);
  const m = vehicleModel(v);
  if (c.calc.kind === 'charge') {
    const r = chargeSession(m, c.calc.input);
    const peak = r.type === 'ac' ? Math.min(r.chargerKW, r.carLimitKW) : r.usablePowerKW;
    if (c.measure === 'energyFromGrid')
      return {
        value: r.energyFromGridKWh,
        low: r.energyFromGridKWhLow,
        high: r.energyFromGridKWhHigh,
        naive: r.energyToBatteryKWh,
      };
    return {
      value: r.minutes,
      low: r.minutesLow,
      high: r.minutesHigh,
      naive: (r.energyToBatteryKWh / peak) * 60,
    };
  }
  const parts = c.calc.parts.map((p) => ({ r: computeRange(m, p.input), share: p.share }));
  const mix = (f: (r: (typeof parts)[0]['r']) => number) => parts.reduce((s, p) => s + p.share * f(p.r), 0);
  const first = parts[0]!.r;
  const window = (first.input.fromPct - first.input.toPct) / 100;
  const wltpKWh = (m.usableKWh / m.wltpRangeKm) * 100;
  if (c.measure === 'range') {
    const k = mix((r) => r.consumptionKWhPer100Km);
    const kLow = mix((r) => r.consumptionKWhPer100KmLow);
    const kHigh = mix((r) => r.consumptionKWhPer100KmHigh);
    const e = first.energyAvailableKWh;
    return {
      value: (e / k) * 100,
      low: (e / kHigh) * 100,
      high: (e / kLow) * 100,
      naive: m.wltpRangeKm * window,
    };
  }
  if (c.measure === 'consumptionAtPlug') {
    const plug = (r: (typeof parts)[0]['r']) => r.consumptionAtPlugKWhPer100Km / r.consumptionKWhPer100Km;
    return {
      value: mix((r) => r.consumptionAtPlugKWhPer100Km),
      low: mix((r) => r.consumptionKWhPer100KmLow * plug(r)),
      high: mix((r) => r.consumptionKWhPer100KmHigh * plug(r)),
      naive: wltpKWh / 0.9,
    };
  }
  return {
    value: mix((r) => r.consumptionKWhPer100Km),
    low: mix((r) => r.consumptionKWhPer100KmLow),
    high: mix((r) => r.consumptionKWhPer100KmHigh),
    naive: wltpKWh,
  };
}

/**
 * Runs every case of the published validation set through the model and compares it with the
 * measurement and with a naive method. Nothing here is fitted: the model is calibrated to official
 * figures only.
 * @example accuracyReport().rows.length // 36
 */
export function accuracyReport(cases: readonly ValidationCase[] = VALIDATION_CASES): AccuracyReport {
  const rows = cases.map((c): AccuracyRow => {
    const p = run(c);
    const errorPct = ((p.value - c.measured) / c.measured) * 100;
    return {
      case: c,
      unit: MEASURE_UNITS[c.measure],
      predicted: p.value,
      low: p.low,
      high: p.high,
      errorPct,
      withinTolerance: Math.abs(errorPct) <= c.tolerancePct,
      inInterval: c.measured >= p.low && c.measured <= p.high,
      naive: p.naive,
      naiveErrorPct: ((p.naive - c.measured) / c.measured) * 100,
    };
  });
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    rows,
    meanAbsErrorPct: mean(rows.map((r) => Math.abs(r.errorPct))),
    naiveMeanAbsErrorPct: mean(rows.map((r) => Math.abs(r.naiveErrorPct))),
    naiveMethod: NAIVE,
    withinTolerance: rows.filter((r) => r.withinTolerance).length,
    intervalCoverage: rows.filter((r) => r.inInterval).length / rows.length,
    nominalCoverage: INTERVAL_SHARE,
  };
}
