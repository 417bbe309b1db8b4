import {
  type ChargeInput,
  type CostInput,
  chargeSession,
  computeRange,
  describeLimited,
  type FormatOptions,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatMass,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSpeed,
  formatTemperature,
  formatYearlyMoney,
  getVehicle,
  type LimitedInput,
  planTrip,
  type RangeInput,
  runningCost,
  type TripInput,
  vehicleModel,
} from '@mini-ev/core';
import { bold, dim, pairs, table, yellow } from '../output.js';
import type { Output } from './catalog.js';

const modelOf = (id: string) => vehicleModel(getVehicle(id));

/** Lines saying which inputs physics limited, in the reader's units. */
function limitedLines(limited: readonly LimitedInput[], fmt: FormatOptions, nameOf: (f: string) => string) {
  return limited.map((l): [string, string] => [
    'note',
    yellow(describeLimited(l, fmt.system ?? 'metric', nameOf)),
  ]);
}

export function rangeCommand(
  id: string,
  input: RangeInput,
  fmt: FormatOptions,
  nameOf: (f: string) => string = (f) => f,
): Output {
  const m = modelOf(id);
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
    consumptionKWhPer100Km: r.consumptionKWhPer100Km,
    consumptionAtPlugKWhPer100Km: r.consumptionAtPlugKWhPer100Km,
    energyAvailableKWh: r.energyAvailableKWh,
    averageSpeedKmh: r.averageSpeedKmh,
    climateKW: r.climateKW,
    breakdown: r.breakdown ?? null,
    limited: r.limited,
    assumptions: r.assumptions,
  };
  const lines: [string, string][] = [
    ['car', m.name],
    ['driving', steady ? `steady ${formatSpeed(c.speedKmh, fmt)}` : r.mode],
    [
      'conditions',
      `${formatTemperature(c.tempC, fmt)}, climate ${c.climate ? 'on' : 'off'}, +${formatMass(c.payloadKg, fmt)}`,
    ],
    ['charge window', `${formatPercent(c.fromPct)} → ${formatPercent(c.toPct)}`],
    ['range', bold(formatDistance(r.rangeKm, fmt))],
    [
      'consumption',
      `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery, ${formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt)} from the socket`,
    ],
    ['energy available', formatEnergy(r.energyAvailableKWh)],
    ...limitedLines(r.limited, fmt, nameOf),
  ];
  let text = pairs(lines);
  if (r.breakdown) {
    const b = r.breakdown;
    text += `\n\n${bold('Where the energy goes')} ${dim('(kWh/100 km at the battery)')}\n${table(
      ['rolling', 'air', 'grade', 'drivetrain', 'climate', 'electronics'],
      [
        [
          b.rollingKWhPer100Km,
          b.aeroKWhPer100Km,
          b.gradeKWhPer100Km,
          b.drivetrainLossKWhPer100Km,
          b.climateKWhPer100Km,
          b.auxiliaryKWhPer100Km,
        ].map((x) => x.toFixed(1)),
      ],
      ['r', 'r', 'r', 'r', 'r', 'r'],
    )}`;
  }
  return { json, text };
}

export function chargeCommand(id: string, input: ChargeInput, fmt: FormatOptions): Output {
  const m = modelOf(id);
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
    energyToBatteryKWh: r.energyToBatteryKWh,
    energyFromGridKWh: r.energyFromGridKWh,
    averagePowerKW: r.averagePowerKW,
    peakPowerKW: r.peakPowerKW,
    lossesKWh: r.lossesKWh,
    limitedBy: r.limitedBy,
    carLimitKW: r.carLimitKW,
    curveKind: r.curveKind,
    batteryTempC: a.ac ? null : a.batteryTempC,
    series: r.series,
    assumptions: r.assumptions,
  };
  const text = pairs([
    ['car', m.name],
    [
      'charger',
      `${r.type.toUpperCase()} ${formatChargePower(chargerKW)}${r.carLimitKW < chargerKW ? dim(` (the car takes at most ${formatChargePower(r.carLimitKW)})`) : ''}`,
    ],
    ['charge', `${formatPercent(a.fromPct)} → ${formatPercent(a.toPct)}`],
    ['time', bold(formatDuration(r.minutes))],
    ['into the battery', formatEnergy(r.energyToBatteryKWh)],
    ['from the grid', `${formatEnergy(r.energyFromGridKWh)} (${formatEnergy(r.lossesKWh)} lost)`],
    [
      'average power',
      `${formatChargePower(r.averagePowerKW, fmt)} (peak ${formatChargePower(r.peakPowerKW, fmt)}, limited by the ${r.limitedBy})`,
    ],
    ['charging curve', r.curveKind === 'measured' ? 'measured' : 'generic (no measured curve for this car)'],
  ]);
  return { json, text };
}

export function costCommand(id: string, input: CostInput, fmt: FormatOptions): Output {
  const m = modelOf(id);
  const r = runningCost(m, input);
  const a = r.input;
  const lines: [string, string][] = [
    ['car', m.name],
    [
      'consumption',
      `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery; ${formatEnergy(r.energyPer100KmKWh)} bought per 100 km`,
    ],
    ['average price', `${formatMoney(r.pricePerKWh, { digits: 3 })} per kWh`],
    ['per 100 km', bold(formatMoney(r.per100Km))],
    ['per year', bold(formatYearlyMoney(r.perYear))],
  ];
  if (r.co2KgPerYear !== undefined) lines.push(['CO2 per year', `${r.co2KgPerYear.toFixed(0)} kg`]);
  const c = r.comparison;
  if (c) {
    lines.push(
      [`${c.fuel} per 100 km`, formatMoney(c.per100Km)],
      [
        `${c.fuel} per year`,
        `${formatYearlyMoney(c.perYear)} (${formatNumber(c.litresPerYear)} L, ${formatNumber(c.co2KgPerYear)} kg CO2)`,
      ],
      ['saving per year', bold(formatYearlyMoney(c.savingPerYear))],
    );
    if (c.breakEvenYears !== undefined) lines.push(['break-even', `${c.breakEvenYears.toFixed(1)} years`]);
    else if (a.priceDifference !== undefined) lines.push(['break-even', 'never at these prices']);
  }
  const { input: used, ...rest } = r;
  return {
    json: {
      ...rest,
      vehicleId: id,
      co2KgPer100Km: r.co2KgPer100Km ?? null,
      co2KgPerYear: r.co2KgPerYear ?? null,
      comparison: {
        ...r.comparison,
        breakEvenYears: r.comparison.breakEvenYears ?? null,
        co2SavedKgPerYear: r.comparison.co2SavedKgPerYear ?? null,
      },
      input: used,
    },
    text: pairs(lines),
  };
}

export function tripCommand(
  id: string,
  raw: TripInput,
  fmt: FormatOptions,
  nameOf: (f: string) => string = (f) => f,
): Output {
  const m = modelOf(id);
  const plan = planTrip(m, raw);
  const input = plan.input;
  if (!plan.feasible) {
    const { input: _i, ...rest } = plan;
    return { json: { ...input, ...rest, vehicleId: id }, text: `${bold('Not possible:')} ${plan.reason}` };
  }
  const head = pairs([
    ['car', m.name],
    [
      'trip',
      `${formatDistance(input.distanceKm, fmt)} at ${formatSpeed(input.speedKmh, fmt)}, ${formatConsumption(plan.consumptionKWhPer100Km, fmt)}`,
    ],
    ['total', bold(formatDuration(plan.totalMinutes))],
    ['driving', formatDuration(plan.drivingMinutes)],
    [
      'charging',
      `${formatDuration(plan.chargingMinutes)} in ${plan.stops.length} stop${plan.stops.length === 1 ? '' : 's'} (+${formatDuration(plan.overheadMinutes)} overhead)`,
    ],
    ['arrival charge', formatPercent(plan.arrivalSocPct, { digits: 1 })],
    ...limitedLines(plan.limited, fmt, nameOf),
  ]);
  const stops = plan.stops.length
    ? `\n\n${table(
        ['stop', 'at', 'arrive', 'leave', 'charging', 'energy'],
        plan.stops.map((s, i) => [
          i + 1,
          formatDistance(s.km, fmt),
          formatPercent(s.arrivalSocPct, { digits: 1 }),
          formatPercent(s.departureSocPct, { digits: 1 }),
          formatDuration(s.chargeMinutes),
          formatEnergy(s.energyKWh),
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r'],
      )}`
    : '';
  const { input: _i, ...rest } = plan;
  return { json: { ...input, ...rest, vehicleId: id, stopCount: plan.stops.length }, text: head + stops };
}
