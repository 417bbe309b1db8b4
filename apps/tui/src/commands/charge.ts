import {
  type ChargeInput,
  chargeCurveWords,
  chargeSession,
  type FormatOptions,
  formatChargeCost,
  formatChargePower,
  formatDuration,
  formatEnergy,
  formatPercent,
  formatWithInterval,
  getVehicle,
  packWarmingWords,
  vehicleModel,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { assumptionLines, bold, dim, pairs } from '../output.js';

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
  const cost = formatChargeCost(r, fmt);
  const warming = packWarmingWords(r, fmt);
  const text = pairs([
    ['car', m.name],
    [
      'charger',
      `${r.type.toUpperCase()} ${formatChargePower(chargerKW)}${r.carLimitKW < chargerKW ? dim(` (the car takes at most ${formatChargePower(r.carLimitKW)})`) : ''}`,
    ],
    ['charge', `${formatPercent(a.fromPct)} → ${formatPercent(a.toPct)}`],
    ['time', bold(formatWithInterval(r.minutes, r.minutesLow, r.minutesHigh, formatDuration))],
    ['into the battery', formatEnergy(r.energyToBatteryKWh)],
    ['from the grid', `${formatEnergy(r.energyFromGridKWh)} (${formatEnergy(r.lossesKWh)} lost)`],
    ...(cost === undefined ? [] : ([['cost', cost]] as [string, string][])),
    [
      'average power',
      `${formatChargePower(r.averagePowerKW, fmt)} (peak ${formatChargePower(r.peakPowerKW, fmt)}, limited by the ${r.limitedBy})`,
    ],
    ['power from', chargeCurveWords(r)],
    ...(warming === undefined ? [] : ([['battery', warming]] as [string, string][])),
    ...assumptionLines(m, r.assumptions),
  ]);
  return { json, text };
}
