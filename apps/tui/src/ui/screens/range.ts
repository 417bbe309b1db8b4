import {
  computeRange,
  formatConsumption,
  formatDistance,
  formatSpeed,
  type RangeInput,
  type RangeResult,
  rangeBySpeed,
} from '@mini-ev/core';
import { bar, blank, heading } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Range: the answer, consumption at the battery and the socket, and range against speed. */
export const rangeScreen: CalcScreen<RangeResult> = {
  compute: (m, input) => computeRange(m, input as RangeInput),
  rows: (r, { m, fmt, chartWidth, notes }) => {
    const { mode: _m, speedKmh: _s, ...conditions } = r.input;
    const curve = rangeBySpeed(m, conditions, 20);
    const max = Math.max(...curve.map((p) => p.rangeKm));
    return [
      { text: `Range        ${formatDistance(r.rangeKm, fmt)}`, bold: true, color: 'green' },
      {
        text: `Consumption  ${formatConsumption(r.consumptionKWhPer100Km, fmt)} (battery) · ${formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt)} (socket)`,
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
