import {
  computeRange,
  formatDistance,
  formatSpeed,
  type RangeInput,
  type RangeResult,
  rangeBySpeed,
  rangeSummary,
} from '@mini-ev/core';
import { bar, blank, heading, resultRows } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Range: the answer, consumption at the battery and the socket, and range against speed. */
export const rangeScreen: CalcScreen<RangeResult> = {
  compute: (m, input) => computeRange(m, input as RangeInput),
  rows: (r, { m, fmt, chartWidth, notes }) => {
    const { mode: _m, speedKmh: _s, ...conditions } = r.input;
    // Core's curve, its points on whole steps of the reader's unit (30, 40 … km/h; 20, 25 … mph).
    const curve = rangeBySpeed(m, conditions, { system: fmt.system ?? 'metric' });
    // The point nearest the speed asked for is marked (a steady-speed answer only).
    const nearest =
      r.input.mode === 'steady' && curve.length > 0
        ? curve.reduce((a, p) =>
            Math.abs(p.x - r.input.speedKmh) < Math.abs(a.x - r.input.speedKmh) ? p : a,
          )
        : undefined;
    const max = Math.max(...curve.map((p) => p.rangeKm));
    // Core's range and consumption lines under its labels (the form above shows the rest); the range in bold.
    const say = rangeSummary(r, fmt);
    return [
      ...resultRows(
        say.lines.filter((l) => l.key === 'range' || l.key === 'consumption'),
        'range',
      ),
      ...notes(r.limited),
      blank,
      heading(say.charts.bySpeed),
      ...curve.map((p) => ({
        text: `${formatSpeed(p.x, fmt).padStart(9)} ${bar(p.rangeKm, max, chartWidth)} ${formatDistance(p.rangeKm, fmt)}`,
        color: p === nearest ? ('green' as const) : undefined,
      })),
    ];
  },
};
