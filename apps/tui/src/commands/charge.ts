import {
  type ChargeInput,
  chargeSession,
  chargeSummary,
  type FormatOptions,
  getVehicle,
  vehicleModel,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { assumptionLines, bold, pairs } from '../output.js';

export function chargeCommand(id: string, input: ChargeInput, fmt: FormatOptions): Output {
  const m = vehicleModel(getVehicle(id));
  const r = chargeSession(m, input);
  const a = r.input;
  const chargerKW = r.chargerKW;
  const json = {
    vehicleId: id,
    type: r.type,
    fromPct: a.fromPct,
    toPct: a.toPct,
    chargerKW,
    minutes: r.minutes,
    minutesLow: r.minutesLow,
    minutesHigh: r.minutesHigh,
    energyToBatteryKWh: r.energyToBatteryKWh,
    energyFromGridKWh: r.energyFromGridKWh,
    energyFromGridKWhLow: r.energyFromGridKWhLow,
    energyFromGridKWhHigh: r.energyFromGridKWhHigh,
    pricePerKWh: a.pricePerKWh ?? null,
    cost: r.cost ?? null,
    costLow: r.costLow ?? null,
    costHigh: r.costHigh ?? null,
    averagePowerKW: r.averagePowerKW,
    peakPowerKW: r.peakPowerKW,
    lossesKWh: r.lossesKWh,
    limitedBy: r.limitedBy,
    carLimitKW: r.carLimitKW,
    curveKind: r.curveKind,
    batteryTempC: a.ac ? null : a.batteryTempC,
    batteryTempEndC: r.batteryTempEndC ?? null,
    packHeatingKWh: r.packHeatingKWh,
    series: r.series,
    assumptions: r.assumptions,
  };
  // Core's answer in words, its labels in the CLI's lower case; the time in bold.
  const text = pairs([
    ['car', m.name],
    ...chargeSummary(r, fmt).lines.map((l): [string, string] => [
      l.label.toLowerCase(),
      l.key === 'time' ? bold(l.value) : l.value,
    ]),
    ...assumptionLines(m, r.assumptions, fmt),
  ]);
  return { json, text };
}
