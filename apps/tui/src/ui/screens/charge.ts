import {
  type ChargeInput,
  type ChargeResult,
  chargeSession,
  chargeSummary,
  formatChargePower,
  formatDuration,
  formatPercent,
} from '@mini-ev/core';
import { bar, blank, heading, resultRows } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Charging: the time, the energy, what limited the power, and power against charge. */
export const chargeScreen: CalcScreen<ChargeResult> = {
  compute: (m, input) => chargeSession(m, input as ChargeInput),
  rows: (r, { chartWidth, fmt }) => {
    const say = chargeSummary(r, fmt);
    const max = Math.max(...r.series.map((p) => p.kW));
    const pts = r.series.filter((_, i) => i % 10 === 0 || i === r.series.length - 1);
    // The time column is as wide as its widest label ("1 h 16 min" on a slow AC charge), so bars line up.
    const timeWidth = Math.max(...pts.map((p) => formatDuration(p.minute).length));
    // Core's lines under its labels (not the charge window: the form above shows it); the time in bold.
    return [
      ...resultRows(
        say.lines.filter((l) => l.key !== 'window'),
        'time',
      ),
      blank,
      heading(say.charts.power),
      ...pts.map((p) => ({
        text: `${formatPercent(p.socPct).padStart(6)} ${formatDuration(p.minute).padStart(timeWidth)} ${bar(p.kW, max, chartWidth)} ${formatChargePower(p.kW)}`,
      })),
    ];
  },
};
