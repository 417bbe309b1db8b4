/**
 * How every face titles its charts: the title, the axes' labels and the series' names, in the reader's units.
 * A face draws the points; the words come from here, so the site and the terminal app label a chart alike.
 */
import type { ChargeResult } from '../calc/charging.js';
import type { VehicleModel } from '../calc/model.js';
import type { RangeResult } from '../calc/range.js';
import { scenarioHighwayKmh } from '../calc/range.js';
import { unitOf } from '../contract/quantity.js';
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

/**
 * A charging session's charts: charge against time, and the power the car takes against its charge beside
 * what the charger gives (DC).
 * @example chargeChartWords(chargeSession(vehicleModel(getVehicle('cooper-se-j01')), { chargerKW: 50 })).power.series.charger // 'What a 50 kW charger gives'
 */
export function chargeChartWords(
  r: Pick<ChargeResult, 'curveKind'> & { chargerKW?: number | undefined },
  opts: FormatOptions = {},
): { charge: ChartWords; power: ChartWords } {
  const minutes = unitOf('minutes', opts.system ?? 'metric');
  return {
    charge: { title: 'Charge against time', x: minutes, y: CHARGE_AXIS, series: { charge: 'Charge' } },
    power: {
      title: 'Charging power against charge',
      x: CHARGE_AXIS,
      y: 'kW',
      series: {
        limit: `Car’s limit (${r.curveKind} curve)`,
        ...(r.chargerKW === undefined
          ? {}
          : { charger: `What a ${formatChargePower(r.chargerKW, opts)} charger gives` }),
      },
    },
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
  const y = unitOf('distance', system);
  return {
    bySpeed: { title: 'Range against speed', x: unitOf('speed', system), y, series: { range: 'Range' } },
    byTemp: {
      title: `Range against temperature, ${c.mode === 'steady' ? `at ${formatSpeed(c.speedKmh, opts)}` : r.mode}`,
      x: unitOf('temperature', system),
      y,
      series: { range: 'Range' },
    },
  };
}

/**
 * A trip plan's chart: the charge along the route.
 * @example tripChartWords({ system: 'imperial' }).x // 'mi'
 */
export function tripChartWords(opts: FormatOptions = {}): ChartWords {
  return {
    title: 'Charge along the route',
    x: unitOf('distance', opts.system ?? 'metric'),
    y: CHARGE_AXIS,
    series: { charge: 'Charge' },
  };
}

/**
 * A car page's charts: range against steady speed in mild and cold weather, range against temperature at
 * the scenario table's highway speed, the car's DC curve, and core's default charging session.
 * @example vehicleChartWords(vehicleModel(getVehicle('cooper-se-j01')), { fromPct: 10, toPct: 80, chargerKW: 150 }).chargeTime.title // 'Charge against time, 10 % to 80 % on a 150 kW charger'
 */
export function vehicleChartWords(
  m: Pick<VehicleModel, 'topSpeedKmh' | 'charging'>,
  session: { fromPct: number; toPct: number; chargerKW: number } | undefined,
  opts: FormatOptions = {},
): { bySpeed: ChartWords; byTemp: ChartWords; dcCurve: ChartWords; chargeTime: ChartWords } {
  const system = opts.system ?? 'metric';
  const weather = scenarioWords(system, m).weather;
  const y = unitOf('distance', system);
  return {
    bySpeed: {
      title: 'Range against steady speed',
      x: unitOf('speed', system),
      y,
      series: { mild: weather.mild, cold: weather.cold },
    },
    byTemp: {
      title: `Range against temperature at ${formatSpeed(scenarioHighwayKmh(m), opts)}`,
      x: unitOf('temperature', system),
      y,
      series: { range: 'Range' },
    },
    dcCurve: {
      title: `DC charging curve (${m.charging.curveKind})`,
      x: CHARGE_AXIS,
      y: 'kW',
      series: { limit: 'Car’s limit' },
    },
    chargeTime: {
      title: session
        ? `Charge against time, ${formatPercent(session.fromPct)} to ${formatPercent(session.toPct)} on a ${formatChargePower(session.chargerKW, opts)} charger`
        : 'Charge against time',
      x: unitOf('minutes', system),
      y: CHARGE_AXIS,
      series: { charge: 'Charge' },
    },
  };
}
