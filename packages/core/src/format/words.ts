import type { ChargeResult } from '../calc/charging.js';
import type { VehicleModel } from '../calc/model.js';
import type { EnergyBreakdown } from '../calc/range.js';
import { SCENARIO_HIGHWAY_KMH, SCENARIO_WEATHER, scenarioHighwayKmh } from '../calc/range.js';
import type { UnitSystem } from '../contract/quantity.js';
import { formatSpeed, formatTemperature } from './index.js';

/**
 * The parts of a range result's energy breakdown, in the order faces list them, each with a label for a
 * table row and a short one for a narrow column.
 */
export const BREAKDOWN_PARTS: readonly { key: keyof EnergyBreakdown; label: string; short: string }[] = [
  { key: 'rollingKWhPer100Km', label: 'Rolling resistance', short: 'rolling' },
  { key: 'aeroKWhPer100Km', label: 'Air resistance', short: 'air' },
  { key: 'gradeKWhPer100Km', label: 'Climbing', short: 'grade' },
  { key: 'drivetrainLossKWhPer100Km', label: 'Motor and drivetrain losses', short: 'drivetrain' },
  { key: 'climateKWhPer100Km', label: 'Heating or air conditioning', short: 'climate' },
  { key: 'auxiliaryKWhPer100Km', label: 'Electronics', short: 'electronics' },
  { key: 'warmUpKWhPer100Km', label: 'Warming the car up', short: 'warm-up' },
];

/** What the scenario table's rows and columns mean, worded in the reader's units. */
export interface ScenarioWords {
  /** Row labels: `{ mild: 'Mild 23 °C', cold: 'Cold -10 °C' }`. */
  weather: Record<'mild' | 'cold', string>;
  /** Column labels: city, highway (with its speed) and combined. */
  scenario: Record<'city' | 'highway' | 'combined', string>;
  /** One sentence on the conditions, for under a table's title. */
  note: string;
}

/**
 * The scenario table's labels, from the conditions it is computed in ({@link SCENARIO_WEATHER},
 * {@link scenarioHighwayKmh} for the car given), so no face restates them.
 * @example scenarioWords('metric').weather.cold // 'Cold -10 °C'
 * @example scenarioWords('imperial').scenario.highway // 'Highway 68 mph'
 * @example scenarioWords('metric', { topSpeedKmh: 100 }).scenario.highway // 'Highway 100 km/h'
 */
export function scenarioWords(
  system: UnitSystem = 'metric',
  car?: Pick<VehicleModel, 'topSpeedKmh'>,
): ScenarioWords {
  const t = (c: number) => formatTemperature(c, { system });
  const hwy = formatSpeed(car ? scenarioHighwayKmh(car) : SCENARIO_HIGHWAY_KMH, { system });
  const { mild, cold } = SCENARIO_WEATHER;
  return {
    weather: { mild: `Mild ${t(mild.tempC)}`, cold: `Cold ${t(cold.tempC)}` },
    scenario: { city: 'City', highway: `Highway ${hwy}`, combined: 'Combined' },
    note:
      `Full battery to empty. City drives the EPA city trace (UDDS); highway is a steady ${hwy}; combined is half of each. ` +
      `Mild is ${t(mild.tempC)} ${mild.climate ? 'with' : 'without'} climate control; cold is ${t(cold.tempC)} ${cold.climate ? 'with heating' : 'without heating'}.`,
  };
}

/**
 * What set a charging session's power, in words: the on-board charger on AC, else the car's DC curve and
 * whether it was measured or is generic.
 * @example chargeCurveWords({ type: 'ac', curveKind: 'generic' }) // 'AC through the car’s on-board charger'
 * @example chargeCurveWords({ type: 'dc', curveKind: 'measured' }) // 'measured charging curve'
 */
export function chargeCurveWords(r: Pick<ChargeResult, 'type' | 'curveKind'>): string {
  if (r.type === 'ac') return 'AC through the car’s on-board charger';
  if (r.curveKind === 'measured') return 'measured charging curve';
  if (r.curveKind === 'modelled')
    return 'this car’s modelled charging curve (smoothed, not a logged session)';
  return 'generic charging curve (no measured one for this car)';
}
