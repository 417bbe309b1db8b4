import {
  carLimits,
  computeRange,
  fieldOf,
  formatConsumption,
  formatDistance,
  formatSpeed,
  formatWithInterval,
  fromShown,
  type NumberField,
  RANGE_CONTRACT,
  type RangeInput,
  type RangeResult,
  steadySpeedRange,
  stepOf,
  toShown,
} from '@mini-ev/core';
import { bar, blank, heading } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Range: the answer, consumption at the battery and the socket, and range against speed. */
export const rangeScreen: CalcScreen<RangeResult> = {
  compute: (m, input) => computeRange(m, input as RangeInput),
  rows: (r, { m, fmt, chartWidth, notes }) => {
    const { mode: _m, speedKmh: _s, ...conditions } = r.input;
    // Every other step of the contract's speed field, in the reader's units (40, 60 … km/h; 20, 30 … mph).
    const system = fmt.system ?? 'metric';
    const step = 2 * stepOf(fieldOf(RANGE_CONTRACT, 'speedKmh') as NumberField, system, carLimits(m));
    const curve: { x: number; rangeKm: number }[] = [];
    for (let v = Math.ceil(toShown('speed', 30, system) / step) * step; ; v += step) {
      const kmh = fromShown('speed', v, system);
      if (kmh > m.topSpeedKmh + 1e-9) break;
      curve.push({ x: kmh, rangeKm: steadySpeedRange(m, { ...conditions, speedKmh: kmh }).rangeKm });
    }
    const max = Math.max(...curve.map((p) => p.rangeKm));
    return [
      {
        text: `Range        ${formatWithInterval(r.rangeKm, r.rangeKmLow, r.rangeKmHigh, (x) => formatDistance(x, fmt))}`,
        bold: true,
        color: 'green',
      },
      {
        text: `Consumption  ${formatWithInterval(r.consumptionKWhPer100Km, r.consumptionKWhPer100KmLow, r.consumptionKWhPer100KmHigh, (x) => formatConsumption(x, fmt))} at the battery · ${formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt)} at the socket`,
      },
      ...notes(r.limited),
      blank,
      heading('Range against speed'),
      ...curve.map((p) => ({
        text: `${formatSpeed(p.x, fmt).padStart(9)} ${bar(p.rangeKm, max, chartWidth)} ${formatDistance(p.rangeKm, fmt)}`,
        color:
          r.input.mode === 'steady' && Math.abs(p.x - r.input.speedKmh) < 10 ? ('green' as const) : undefined,
      })),
    ];
  },
};
