import {
  chargeSession,
  dcCurvePoints,
  isCalculable,
  rangeBySpeed,
  rangeByTemperature,
  type ScenarioRow,
  scenarioTable,
  type Vehicle,
  vehicleModel,
} from '@mini-ev/core';

type Pt = { x: number; y: number };
/** Everything a car page shows from the model, computed by core at build time (metric). */
export interface VehicleFigures {
  scenarios: ScenarioRow[];
  dcCurve: Pt[] | undefined;
  curveKind: 'measured' | 'generic';
  chargeSeries: Pt[] | undefined;
  bySpeedMild: Pt[];
  bySpeedCold: Pt[];
  byTemp: Pt[];
  assumptions: string[];
}

export function vehicleFigures(v: Vehicle): VehicleFigures | undefined {
  if (!isCalculable(v)) return undefined;
  const m = vehicleModel(v);
  const dc = !!m.charging.dcPeakKW;
  return {
    scenarios: scenarioTable(m),
    dcCurve: dc ? dcCurvePoints(m).map((p) => ({ x: p.socPct, y: p.kW })) : undefined,
    curveKind: m.charging.curveKind,
    chargeSeries: dc
      ? chargeSession(m, { fromPct: 10, toPct: 80 }).series.map((p) => ({ x: p.minute, y: p.socPct }))
      : undefined,
    bySpeedMild: rangeBySpeed(m, { tempC: 20 }).map((p) => ({ x: p.x, y: p.rangeKm })),
    bySpeedCold: rangeBySpeed(m, { tempC: -10 }).map((p) => ({ x: p.x, y: p.rangeKm })),
    byTemp: rangeByTemperature(m, { speedKmh: 100 }).map((p) => ({ x: p.x, y: p.rangeKm })),
    assumptions: [...m.assumptions],
  };
}
