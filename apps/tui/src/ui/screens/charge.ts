import {
  type ChargeInput,
  type ChargeResult,
  chargeCurveWords,
  chargeSession,
  formatChargeCost,
  formatChargePower,
  formatDuration,
  formatEnergy,
  formatPercent,
  formatWithInterval,
  packWarmingWords,
} from '@mini-ev/core';
import { bar, blank, heading } from '../rows.js';
import type { CalcScreen } from './calc-screen.js';

/** Charging: the time, the energy, what limited the power, and power against charge. */
export const chargeScreen: CalcScreen<ChargeResult> = {
  compute: (m, input) => chargeSession(m, input as ChargeInput),
  rows: (r, { chartWidth, fmt }) => {
    const cost = formatChargeCost(r, fmt);
    const warming = packWarmingWords(r, fmt);
    const max = Math.max(...r.series.map((p) => p.kW));
    const pts = r.series.filter((_, i) => i % 10 === 0 || i === r.series.length - 1);
    // The time column is as wide as its widest label ("1 h 16 min" on a slow AC charge), so bars line up.
    const timeWidth = Math.max(...pts.map((p) => formatDuration(p.minute).length));
    return [
      {
        text: `Time         ${formatWithInterval(r.minutes, r.minutesLow, r.minutesHigh, formatDuration)}`,
        bold: true,
        color: 'green',
      },
      {
        text: `Energy       ${formatEnergy(r.energyToBatteryKWh)} into the battery, ${formatEnergy(r.energyFromGridKWh)} from the grid`,
      },
      {
        text: `Average      ${formatChargePower(r.averagePowerKW)} · limited by the ${r.limitedBy} · ${chargeCurveWords(r)}`,
      },
      // How a cold pack warmed as it charged.
      ...(warming === undefined ? [] : [{ text: `Battery      ${warming}` }]),
      // The session's cost when a price per kWh is set.
      ...(cost === undefined ? [] : [{ text: `Cost         ${cost}` }]),
      blank,
      heading('Charging power against charge'),
      ...pts.map((p) => ({
        text: `${formatPercent(p.socPct).padStart(6)} ${formatDuration(p.minute).padStart(timeWidth)} ${bar(p.kW, max, chartWidth)} ${formatChargePower(p.kW)}`,
      })),
    ];
  },
};
