import {
  type AssumptionNotes,
  assumptionNotes,
  type ChartWords,
  chargeSession,
  dcCurvePoints,
  isCalculable,
  rangeBySpeed,
  rangeByTemperature,
  SCENARIO_WEATHER,
  type ScenarioRow,
  scenarioHighwayKmh,
  scenarioTable,
  type Vehicle,
  vehicleChartWords,
  vehicleModel,
} from '@mini-ev/core';
import { type InBoth, inBoth } from '../../../lib/systems';

type Pt = { x: number; y: number };
/** Everything a car page shows from the model, computed by core at build time (metric). */
export interface VehicleFigures {
  scenarios: ScenarioRow[];
  dcCurve: Pt[] | undefined;
  /** Core's default session for the car (its window and charger are in the chart's title). */
  chargeSeries: Pt[] | undefined;
  /** The car's top speed, for the scenario table's words (its highway speed is capped by it). */
  topSpeedKmh: number;
  bySpeedMild: Pt[];
  bySpeedCold: Pt[];
  byTemp: Pt[];
  /** What every answer for the car rests on: the model's flags and its other assumptions, from core, per system. */
  assumptions: InBoth<AssumptionNotes>;
  /** The charts' titles, axes and series names, from core, per system. */
  charts: InBoth<Record<'bySpeed' | 'byTemp' | 'dcCurve' | 'chargeTime', ChartWords>>;
}

export function vehicleFigures(v: Vehicle): VehicleFigures | undefined {
  if (!isCalculable(v)) return undefined;
  const m = vehicleModel(v);
  const dc = !!m.charging.dcPeakKW;
  // The car page's charging chart is core's default session for the car (DC, or AC for a car without it).
  const session = dc || m.charging.acKW ? chargeSession(m) : undefined;
  const highway = scenarioHighwayKmh(m);
  return {
    scenarios: scenarioTable(m),
    dcCurve: dc ? dcCurvePoints(m).map((p) => ({ x: p.socPct, y: p.kW })) : undefined,
    chargeSeries: session?.series.map((p) => ({ x: p.minute, y: p.socPct })),
    bySpeedMild: rangeBySpeed(m, SCENARIO_WEATHER.mild).map((p) => ({ x: p.x, y: p.rangeKm })),
    bySpeedCold: rangeBySpeed(m, SCENARIO_WEATHER.cold).map((p) => ({ x: p.x, y: p.rangeKm })),
    topSpeedKmh: m.topSpeedKmh,
    byTemp: rangeByTemperature(m, { speedKmh: highway }).map((p) => ({ x: p.x, y: p.rangeKm })),
    assumptions: inBoth((system) => assumptionNotes(m, m.assumptions, { system })),
    charts: inBoth((system) =>
      vehicleChartWords(
        m,
        session && {
          fromPct: session.input.fromPct,
          toPct: session.input.toPct,
          chargerKW: session.chargerKW,
        },
        { system },
      ),
    ),
  };
}
