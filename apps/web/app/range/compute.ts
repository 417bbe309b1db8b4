import {
  assumptionNotes,
  computeRange,
  describeLimited,
  formatBreakdown,
  getVehicle,
  RANGE_CONTRACT,
  rangeBySpeed,
  rangeByTemperature,
  rangeChartWords,
  rangeSummary,
  toShown,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { labelOf } from '../../lib/contract-fields';
import { runCalc } from '../../lib/run';
import type { RangeInputs, RangeView } from './fields';

/** Core's answer for the form's inputs. Throws core's InvalidInputError for an input core refuses. */
export function rangeResult(i: RangeInputs) {
  const conditions = {
    fromPct: i.from,
    toPct: i.to,
    payloadKg: i.payload,
    climate: i.climate,
    tempC: i.temp,
  };
  return computeRange(
    vehicleModel(getVehicle(i.model)),
    i.mode === 'steady' ? { ...conditions, speedKmh: i.speed } : { ...conditions, mode: i.mode },
  );
}

/** The range calculator's result, computed and formatted by core (at build time, or in the browser). */
export function rangeView(i: RangeInputs, system: UnitSystem): RangeView {
  const fmt = { system };
  const m = vehicleModel(getVehicle(i.model));
  // Everything but the speed and the temperature, which the two charts vary.
  const load = { fromPct: i.from, toPct: i.to, payloadKg: i.payload, climate: i.climate };
  const common = { ...load, tempC: i.temp };
  const {
    result: r,
    problem,
    fields,
  } = runCalc(false, () => rangeResult(i), { contract: RANGE_CONTRACT, system });
  if (!r) return { ok: false, problem: problem!, fields };
  const b = r.breakdown;
  const dist = (km: number) => toShown('distance', km, system);
  const charts = rangeChartWords(r, fmt);
  const steady = i.mode === 'steady';
  const say = rangeSummary(r, fmt);
  return {
    ok: true,
    rests: assumptionNotes(m, r.assumptions, fmt),
    range: say.range,
    rangeInterval: say.rangeInterval,
    rangeText: say.rangeText,
    // The range is the big figure and the form shows the window, so neither is a line.
    lines: say.lines.filter((l) => l.key !== 'range' && l.key !== 'window'),
    notes: r.limited.map((l) => describeLimited(l, system, labelOf(RANGE_CONTRACT))),
    breakdown: b ? formatBreakdown(b, fmt) : undefined,
    bySpeed: {
      words: charts.bySpeed,
      points: rangeBySpeed(m, common, { system }).map((p) => ({
        x: toShown('speed', p.x, system),
        y: dist(p.rangeKm),
      })),
      markX: steady ? toShown('speed', r.input.speedKmh, system) : undefined,
    },
    // At the speed or over the cycle the answer is for.
    byTemp: {
      words: charts.byTemp,
      points: rangeByTemperature(
        m,
        steady ? { ...load, speedKmh: r.input.speedKmh } : { ...load, mode: i.mode },
      ).map((p) => ({
        x: toShown('temperature', p.x, system),
        y: dist(p.rangeKm),
      })),
      markX: toShown('temperature', i.temp, system),
    },
  };
}
