/**
 * How every face titles its charts: the title, the axes' labels and the series' names, in the reader's units.
 * A face draws the points; the words come from here, so the site and the terminal app label a chart alike.
 */
import type { ChargeResult } from '../calc/charging.js';
import type { VehicleModel } from '../calc/model.js';
import type { RangeResult } from '../calc/range.js';
import { scenarioHighwayKmh } from '../calc/range.js';
import { type UnitSystem, unitOf } from '../contract/quantity.js';
import { type FormatOptions, formatChargePower, formatPercent, formatSpeed } from './index.js';
import { scenarioWords } from './words.js';

/** A chart as every face titles it. */
export interface ChartWords {
  title: string;
  /** The horizontal axis's label: its unit ("min", "km/h", "charge %"). */
  x: string;
  /** The vertical axis's label. */
  y: string;
  /** Each series' name, by the series' key. */
  series: Readonly<Record<string, string>>;
}

/** The state of charge as an axis label. */
const CHARGE_AXIS = 'charge %';

// Each kind of chart once: the calculators' charts and a car page's are the same charts over other inputs.
const rangeBySpeed = (system: UnitSystem, series: Record<string, string>): ChartWords => ({
  title: 'Range against speed',
  x: unitOf('speed', system),
  y: unitOf('distance', system),
  series,
});
/** `at`: the speed or the cycle the temperatures are driven at ("at 68 mph", the WLTP cycle's name). */
const rangeByTemp = (system: UnitSystem, at: string): ChartWords => ({
  title: `Range against temperature, ${at}`,
  x: unitOf('temperature', system),
  y: unitOf('distance', system),
  series: { range: 'Range' },
});
const chargeByTime = (system: UnitSystem, title = 'Charge against time'): ChartWords => ({
  title,
  x: unitOf('minutes', system),
  y: CHARGE_AXIS,
  series: { charge: 'Charge' },
});
const powerByCharge = (
  curveKind: string,
  chargerKW: number | undefined,
  opts: FormatOptions,
): ChartWords => ({
  title: 'Charging power against charge',
  x: CHARGE_AXIS,
  y: 'kW',
  series: {
    limit: `Car’s limit (${curveKind} curve)`,
    ...(chargerKW === undefined
      ? {}
      : { charger: `What a ${formatChargePower(chargerKW, opts)} charger gives` }),
  },
});

/**
 * A charging session's charts: charge against time, and the power the car takes against its charge beside
 * what the charger gives (DC; no charger before a session is computed).
 * @example chargeChartWords(chargeSession(vehicleModel(getVehicle('cooper-se-j01')), { chargerKW: 50 })).power.series.charger // 'What a 50 kW charger gives'
 */
export function chargeChartWords(
  r: Pick<ChargeResult, 'curveKind'> & { chargerKW?: number | undefined },
  opts: FormatOptions = {},
): { charge: ChartWords; power: ChartWords } {
  return {
    charge: chargeByTime(opts.system ?? 'metric'),
    power: powerByCharge(r.curveKind, r.chargerKW, opts),
  };
}

/**
 * A range answer's charts: range against speed, and against temperature at the answer's speed or cycle.
 * @example rangeChartWords(computeRange(vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 110 }), { system: 'imperial' }).byTemp.title // 'Range against temperature, at 68 mph'
 */
export function rangeChartWords(
  r: Pick<RangeResult, 'input' | 'mode'>,
  opts: FormatOptions = {},
): { bySpeed: ChartWords; byTemp: ChartWords } {
  const system = opts.system ?? 'metric';
  const c = r.input;
  return {
    bySpeed: rangeBySpeed(system, { range: 'Range' }),
    byTemp: rangeByTemp(system, c.mode === 'steady' ? `at ${formatSpeed(c.speedKmh, opts)}` : r.mode),
  };
}

/**
 * A trip plan's chart: the charge along the route.
 * @example tripChartWords({ system: 'imperial' }).x // 'mi'
 */
export function tripChartWords(opts: FormatOptions = {}): ChartWords {
  const system = opts.system ?? 'metric';
  return {
    title: 'Charge along the route',
    x: unitOf('distance', system),
    y: CHARGE_AXIS,
    series: { charge: 'Charge' },
  };
}

/**
 * A car page's charts, the calculators' charts over the page's inputs: range against speed in the scenario
 * table's mild and cold weather, range against temperature at its highway speed, the car's own DC limit,
 * and core's default charging session.
 * @example vehicleChartWords(vehicleModel(getVehicle('cooper-se-j01')), { fromPct: 10, toPct: 80, chargerKW: 150 }).chargeTime.title // 'Charge against time, 10 % to 80 % on a 150 kW charger'
 */
export function vehicleChartWords(
  m: Pick<VehicleModel, 'topSpeedKmh' | 'charging'>,
  session: { fromPct: number; toPct: number; chargerKW: number } | undefined,
  opts: FormatOptions = {},
): { bySpeed: ChartWords; byTemp: ChartWords; dcCurve: ChartWords; chargeTime: ChartWords } {
  const system = opts.system ?? 'metric';
  const weather = scenarioWords(system, m).weather;
  return {
    bySpeed: rangeBySpeed(system, { mild: weather.mild, cold: weather.cold }),
    byTemp: rangeByTemp(system, `at ${formatSpeed(scenarioHighwayKmh(m), opts)}`),
    dcCurve: powerByCharge(m.charging.curveKind, undefined, opts),
    chargeTime: chargeByTime(
      system,
      session
        ? `Charge against time, ${formatPercent(session.fromPct)} to ${formatPercent(session.toPct)} on a ${formatChargePower(session.chargerKW, opts)} charger`
        : undefined,
    ),
  };
}
