import {
  computeRange,
  type FormatOptions,
  formatBreakdown,
  getVehicle,
  type RangeInput,
  rangeSummary,
  vehicleModel,
} from '@mini-ev/core';
import { assumptionLines, bold, dim, limitedLines, type Output, pairs, table } from '../output.js';

export function rangeCommand(
  id: string,
  input: RangeInput,
  fmt: FormatOptions,
  nameOf: (f: string) => string = (f) => f,
): Output {
  const m = vehicleModel(getVehicle(id));
  const r = computeRange(m, input);
  const c = r.input;
  const steady = c.mode === 'steady';
  const json = {
    vehicleId: id,
    mode: steady ? 'steady' : 'cycle',
    ...(steady ? { speedKmh: c.speedKmh } : { cycle: c.mode }),
    tempC: c.tempC,
    climate: c.climate,
    payloadKg: c.payloadKg,
    fromPct: c.fromPct,
    toPct: c.toPct,
    rangeKm: r.rangeKm,
    rangeKmLow: r.rangeKmLow,
    rangeKmHigh: r.rangeKmHigh,
    consumptionKWhPer100Km: r.consumptionKWhPer100Km,
    consumptionKWhPer100KmLow: r.consumptionKWhPer100KmLow,
    consumptionKWhPer100KmHigh: r.consumptionKWhPer100KmHigh,
    consumptionAtPlugKWhPer100Km: r.consumptionAtPlugKWhPer100Km,
    energyAvailableKWh: r.energyAvailableKWh,
    averageSpeedKmh: r.averageSpeedKmh,
    climateKW: r.climateKW,
    breakdown: r.breakdown ?? null,
    limited: r.limited,
    assumptions: r.assumptions,
  };
  // Core's answer in words, its labels in the CLI's lower case; the range in bold.
  const lines: [string, string][] = [
    ['car', m.name],
    ...rangeSummary(r, fmt).lines.map((l): [string, string] => [
      l.label.toLowerCase(),
      l.key === 'range' ? bold(l.value) : l.value,
    ]),
    ...limitedLines(r.limited, fmt, nameOf),
    ...assumptionLines(m, r.assumptions, fmt),
  ];
  let text = pairs(lines);
  if (r.breakdown) {
    const t = formatBreakdown(r.breakdown, fmt);
    text += `\n\n${bold(t.title)} ${dim(`(${t.unit})`)}\n${table(
      t.rows.map((p) => p.short),
      [t.rows.map((p) => p.value)],
      t.rows.map(() => 'r'),
    )}`;
  }
  return { json, text };
}
