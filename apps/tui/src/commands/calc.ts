import {
  CONDITION_DEFAULTS,
  COST_DEFAULTS,
  type CycleChoice,
  chargeSession,
  cycleRange,
  type FormatOptions,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSpeed,
  formatTemperature,
  formatYearlyMoney,
  getVehicle,
  planTrip,
  runningCost,
  steadySpeedRange,
  TRIP_DEFAULTS,
  vehicleModel,
} from '@mini-ev/core';
import { bold, CliError, dim, pairs, table } from '../output.js';
import type { Output } from './catalog.js';

const modelOf = (id: string) => vehicleModel(getVehicle(id));

/** The trip command's charger spacing when neither --charger-spacing nor --chargers is given. */
export const DEFAULT_CHARGER_SPACING_KM = 75;

/** The fields a person actually gave (undefined ones dropped), to lay over core's defaults. */
function given<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface RangeArgs {
  speedKmh?: number;
  cycle?: CycleChoice;
  tempC?: number;
  fromPct?: number;
  toPct?: number;
  payloadKg?: number;
  climate?: boolean;
}

export function rangeCommand(id: string, a: RangeArgs, fmt: FormatOptions): Output {
  if ((a.speedKmh === undefined) === (a.cycle === undefined)) {
    throw new CliError('range: give exactly one of --speed <v> or --cycle wltp|udds|hwfet|epa');
  }
  const m = modelOf(id);
  const { gradePct: _grade, ...defaults } = CONDITION_DEFAULTS;
  const common = {
    ...defaults,
    ...given({
      tempC: a.tempC,
      fromPct: a.fromPct,
      toPct: a.toPct,
      payloadKg: a.payloadKg,
      climate: a.climate,
    }),
  };
  const r =
    a.speedKmh !== undefined
      ? steadySpeedRange(m, { ...common, speedKmh: a.speedKmh })
      : cycleRange(m, { ...common, cycle: a.cycle! });
  const json = {
    vehicleId: id,
    mode: a.speedKmh !== undefined ? 'steady' : 'cycle',
    ...(a.speedKmh !== undefined ? { speedKmh: a.speedKmh } : { cycle: a.cycle }),
    ...common,
    rangeKm: r.rangeKm,
    consumptionKWhPer100Km: r.consumptionKWhPer100Km,
    consumptionAtPlugKWhPer100Km: r.consumptionAtPlugKWhPer100Km,
    energyAvailableKWh: r.energyAvailableKWh,
    averageSpeedKmh: r.averageSpeedKmh,
    climateKW: r.climateKW,
    breakdown: r.breakdown ?? null,
  };
  const lines: [string, string][] = [
    ['car', m.name],
    ['driving', a.speedKmh !== undefined ? `steady ${formatSpeed(a.speedKmh, fmt)}` : r.mode],
    [
      'conditions',
      `${formatTemperature(common.tempC, fmt)}, climate ${common.climate ? 'on' : 'off'}, +${common.payloadKg} kg`,
    ],
    ['charge window', `${formatPercent(common.fromPct)} → ${formatPercent(common.toPct)}`],
    ['range', bold(formatDistance(r.rangeKm, fmt))],
    [
      'consumption',
      `${formatConsumption(r.consumptionKWhPer100Km, fmt)} at the battery, ${formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt)} from the socket`,
    ],
    ['energy available', formatEnergy(r.energyAvailableKWh)],
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

export interface ChargeArgs {
  fromPct: number;
  toPct: number;
  chargerKW?: number;
  ac?: boolean;
  batteryTempC?: number;
}

export function chargeCommand(id: string, a: ChargeArgs, fmt: FormatOptions): Output {
  const m = modelOf(id);
  const r = chargeSession(m, {
    fromPct: a.fromPct,
    toPct: a.toPct,
    ac: !!a.ac,
    ...(a.chargerKW !== undefined ? { chargerKW: a.chargerKW } : {}),
    ...(a.batteryTempC !== undefined ? { batteryTempC: a.batteryTempC } : {}),
  });
  const chargerKW = a.chargerKW ?? (a.ac ? m.charging.acKW : m.charging.dcPeakKW) ?? null;
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
    curveKind: r.curveKind,
    series: r.series,
  };
  const text = pairs([
    ['car', m.name],
    ['charger', `${r.type.toUpperCase()} ${chargerKW === null ? '' : formatChargePower(chargerKW)}`],
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

export interface CostArgs {
  yearlyKm?: number;
  homePricePerKWh?: number;
  publicPricePerKWh?: number;
  publicSharePct?: number;
  tempC?: number;
  consumptionKWhPer100Km?: number;
  gridGCO2PerKWh?: number;
  fuel?: 'petrol' | 'diesel';
  litresPer100Km?: number;
  pricePerLitre?: number;
  priceDifference?: number;
}

export function costCommand(id: string, a: CostArgs, fmt: FormatOptions): Output {
  const m = modelOf(id);
  if ((a.litresPer100Km === undefined) !== (a.pricePerLitre === undefined)) {
    throw new CliError(
      'cost: a comparison needs both --fuel-consumption <L/100 km> and --fuel-price <price per litre>',
    );
  }
  const input = {
    ...(a.yearlyKm !== undefined && { yearlyKm: a.yearlyKm }),
    ...(a.homePricePerKWh !== undefined && { homePricePerKWh: a.homePricePerKWh }),
    ...(a.publicPricePerKWh !== undefined && { publicPricePerKWh: a.publicPricePerKWh }),
    ...(a.publicSharePct !== undefined && { publicSharePct: a.publicSharePct }),
    ...(a.tempC !== undefined && { tempC: a.tempC }),
    ...(a.consumptionKWhPer100Km !== undefined && { consumptionKWhPer100Km: a.consumptionKWhPer100Km }),
    ...(a.gridGCO2PerKWh !== undefined && { gridGCO2PerKWh: a.gridGCO2PerKWh }),
    ...(a.priceDifference !== undefined && { priceDifference: a.priceDifference }),
    ...(a.litresPer100Km !== undefined && {
      comparison: {
        fuel: a.fuel ?? COST_DEFAULTS.fuel,
        litresPer100Km: a.litresPer100Km,
        pricePerLitre: a.pricePerLitre!,
      },
    }),
  };
  const r = runningCost(m, input);
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
  return { json: { vehicleId: id, ...r, comparison: r.comparison ?? null }, text: pairs(lines) };
}

export interface TripArgs {
  distanceKm: number;
  speedKmh?: number;
  tempC?: number;
  startSocPct?: number;
  arrivalSocPct?: number;
  minChargerSocPct?: number;
  chargerKW?: number;
  chargerSpacingKm?: number;
  chargers?: number[];
  stopOverheadMin?: number;
}

export function tripCommand(id: string, a: TripArgs, fmt: FormatOptions): Output {
  const m = modelOf(id);
  // Core's defaults for anything not given, so the command and the library agree; only the charger
  // spacing is the command's own (core needs a spacing or a list of chargers).
  const input = {
    ...TRIP_DEFAULTS,
    distanceKm: a.distanceKm,
    ...given({
      speedKmh: a.speedKmh,
      tempC: a.tempC,
      startSocPct: a.startSocPct,
      arrivalSocPct: a.arrivalSocPct,
      minChargerSocPct: a.minChargerSocPct,
      chargerKW: a.chargerKW,
      stopOverheadMin: a.stopOverheadMin,
    }),
    ...(a.chargers
      ? { chargers: a.chargers.map((km) => ({ km })) }
      : { chargerSpacingKm: a.chargerSpacingKm ?? DEFAULT_CHARGER_SPACING_KM }),
  };
  const plan = planTrip(m, input);
  if (!plan.feasible) {
    return { json: { vehicleId: id, ...input, ...plan }, text: `${bold('Not possible:')} ${plan.reason}` };
  }
  const head = pairs([
    ['car', m.name],
    [
      'trip',
      `${formatDistance(a.distanceKm, fmt)} at ${formatSpeed(input.speedKmh, fmt)}, ${formatConsumption(plan.consumptionKWhPer100Km, fmt)}`,
    ],
    ['total', bold(formatDuration(plan.totalMinutes))],
    ['driving', formatDuration(plan.drivingMinutes)],
    [
      'charging',
      `${formatDuration(plan.chargingMinutes)} in ${plan.stops.length} stop${plan.stops.length === 1 ? '' : 's'} (+${formatDuration(plan.overheadMinutes)} overhead)`,
    ],
    ['arrival charge', formatPercent(plan.arrivalSocPct, { digits: 1 })],
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
  return { json: { vehicleId: id, ...input, ...plan, stopCount: plan.stops.length }, text: head + stops };
}
