/**
 * Builds a car's model parameters from its sourced figures. This is the one place where the data set is
 * read for a calculation: gaps are filled from related cars (donors) and a generic DC curve is taken from a
 * measured one, and each such choice is written into the model's assumptions. `calc/` only ever sees the
 * resulting parameters.
 */
import { type CarSpec, calibratedModel, DEFAULTS, type VehicleModel } from '../calc/model.js';
import { dataSet } from '../data/index.js';
import { MissingFigureError } from '../errors.js';
import type { CycleRating, Vehicle } from '../schema/index.js';
import { kmhToMs } from '../units/convert.js';

export interface VehicleModelOptions {
  /**
   * Cars whose figures may stand in for ones this car lacks (mass, drag, top speed, AC power) and whose
   * measured DC curve may serve as the generic shape. Default: the data set's cars for a car of the data
   * set, and none for any other car, so your own car never silently takes figures from ours.
   */
  donors?: readonly Vehicle[];
}

function wltpRating(v: Vehicle): CycleRating | undefined {
  return v.efficiency.find((e) => e.cycle === 'WLTP');
}

/** How a car is related to another, for choosing and naming a donor. */
function relations(v: Vehicle, s: Vehicle) {
  const gross = v.battery?.grossKWh?.value;
  const sameBattery =
    gross !== undefined && Math.abs((s.battery?.grossKWh?.value ?? 0) - gross) / gross < 0.03;
  const samePower = s.performance.powerKW?.value === v.performance.powerKW?.value;
  const sameGeneration = v.generation !== undefined && s.generation === v.generation;
  const samePlant = v.plantId !== undefined && s.plantId === v.plantId && s.powertrain === v.powertrain;
  return { sameBattery, samePower, sameGeneration, samePlant };
}

/**
 * A car whose published figure can stand in for a missing one, closest first: the same generation with the
 * same battery, the same generation, the same motor and battery, a J01 hatch with the same motor, then a car
 * from the same plant (with the same battery first).
 */
function donor(v: Vehicle, pool: readonly Vehicle[], has: (s: Vehicle) => boolean): Vehicle | undefined {
  const others = pool.filter((s) => s.id !== v.id && has(s));
  const ranks: ((s: Vehicle) => boolean)[] = [
    (s) => relations(v, s).sameGeneration && relations(v, s).sameBattery,
    (s) => relations(v, s).sameGeneration,
    (s) => relations(v, s).samePower && relations(v, s).sameBattery,
    (s) => s.bodyStyle === 'hatchback' && s.generation === 'J01' && relations(v, s).samePower,
    (s) => relations(v, s).samePlant && relations(v, s).sameBattery,
    (s) => relations(v, s).samePlant,
  ];
  for (const rank of ranks) {
    const hit = others.find(rank);
    if (hit) return hit;
  }
  return undefined;
}

/** Why a donor stands in, for the assumption that names it. */
function kinship(v: Vehicle, s: Vehicle): string {
  const r = relations(v, s);
  const sameDrivetrain = r.samePower && s.performance.drivenWheels === v.performance.drivenWheels;
  if (r.sameGeneration) return sameDrivetrain ? 'same drivetrain' : `same ${v.generation} generation`;
  if (r.samePower && r.sameBattery) return 'same motor and battery';
  if (r.sameBattery) return 'same battery, built on the same platform';
  return 'built on the same platform';
}

/** Drag area and rolling resistance from a car's own figures, if it has them. */
function aeroOf(
  v: Vehicle,
  pool: readonly Vehicle[],
): { cdaM2: number; crr: number; how: string } | undefined {
  const crr = v.aerodynamics.rollingResistance?.value ?? DEFAULTS.crr;
  const rl = v.aerodynamics.roadLoad;
  if (rl && rl.points.length >= 2) {
    // Two coast-down points give F = A + C v²; CdA from C at the test air density, Crr from A.
    const [p1, p2] = rl.points as [(typeof rl.points)[0], (typeof rl.points)[0]];
    const v1 = kmhToMs(p1.speedKmh);
    const v2 = kmhToMs(p2.speedKmh);
    const c = (p2.force.value - p1.force.value) / (v2 * v2 - v1 * v1);
    return {
      cdaM2: (2 * c) / 1.204,
      crr: (p1.force.value - c * v1 * v1) / (rl.testMassKg.value * 9.80665),
      how: 'coast-down road load',
    };
  }
  if (v.aerodynamics.cdaM2) return { cdaM2: v.aerodynamics.cdaM2.value, crr, how: 'published CdA' };
  const cd = v.aerodynamics.cd?.value;
  if (cd === undefined) return undefined;
  const dims =
    v.dimensions.widthMm && v.dimensions.heightMm
      ? v
      : donor(v, pool, (s) => !!(s.dimensions.widthMm && s.dimensions.heightMm));
  if (!dims?.dimensions.widthMm || !dims.dimensions.heightMm) return undefined;
  const area =
    DEFAULTS.frontalAreaFactor *
    (dims.dimensions.widthMm.value / 1000) *
    (dims.dimensions.heightMm.value / 1000);
  return {
    cdaM2: cd * area,
    crr,
    how: dims === v ? `Cd ${cd} × frontal area` : `Cd ${cd} × frontal area from the ${dims.name} (same body)`,
  };
}

/** A generic DC taper: a measured curve of the pool expressed as C-rate (kW per kWh usable), capped at the peak. */
function genericCurve(
  peakKW: number,
  usableKWh: number,
  pool: readonly Vehicle[],
): { points: { socPct: number; kW: number }[]; from: string } | undefined {
  const ref = pool.find((x) => x.charging?.dcCurve?.kind === 'measured' && x.battery?.usableKWh);
  const refUsable = ref?.battery?.usableKWh?.value;
  if (!ref?.charging?.dcCurve || !refUsable) return undefined;
  return {
    points: ref.charging.dcCurve.points.map((p) => ({
      socPct: p.socPct,
      kW: Math.min(peakKW, (p.kW / refUsable) * usableKWh),
    })),
    from: ref.name,
  };
}

/** The plain-number description of a data-set car, with every gap filled and said. */
export function carSpecOf(v: Vehicle, pool: readonly Vehicle[]): CarSpec {
  const assumptions: string[] = [];
  if (v.status === 'concept')
    throw new MissingFigureError(v.id, 'battery or range figures', 'it is a concept car');
  const wltp = wltpRating(v);
  if (!wltp?.rangeKm)
    throw new MissingFigureError(v.id, 'WLTP range', 'the model is calibrated to a WLTP figure');

  let usableKWh = v.battery?.usableKWh?.value;
  if (usableKWh === undefined) {
    const gross = v.battery?.grossKWh?.value;
    if (gross === undefined)
      throw new MissingFigureError(v.id, 'battery capacity', 'no gross or usable figure');
    usableKWh = gross * DEFAULTS.usableShareOfGross;
    assumptions.push(`Usable energy estimated as ${DEFAULTS.usableShareOfGross} × ${gross} kWh gross.`);
  }
  const powerKW = v.performance.powerKW?.value;
  if (powerKW === undefined) throw new MissingFigureError(v.id, 'motor power', 'no power figure');
  let topSpeedKmh = v.performance.topSpeedKmh?.value;
  if (topSpeedKmh === undefined) {
    const s = donor(v, pool, (x) => !!x.performance.topSpeedKmh);
    if (!s?.performance.topSpeedKmh)
      throw new MissingFigureError(v.id, 'top speed', 'no figure and no related car to take it from');
    topSpeedKmh = s.performance.topSpeedKmh.value;
    assumptions.push(`Top speed taken as ${topSpeedKmh} km/h from the ${s.name} (${kinship(v, s)}).`);
  }

  // Mass in running order incl. driver.
  const runningOrder = (x: Vehicle) => {
    const m = x.dimensions.massKg?.value;
    if (m === undefined) return undefined;
    return x.dimensions.massBasis === 'DIN kerb' ? m + DEFAULTS.driverKg : m;
  };
  let massKg = runningOrder(v);
  if (massKg !== undefined && v.dimensions.massBasis === undefined)
    assumptions.push(
      `Mass of ${massKg} kg taken as in running order with a driver (its basis is not stated).`,
    );
  if (massKg !== undefined && v.dimensions.massBasis === 'DIN kerb')
    assumptions.push(
      `Mass in running order: ${massKg - DEFAULTS.driverKg} kg DIN kerb + ${DEFAULTS.driverKg} kg driver.`,
    );
  if (massKg === undefined) {
    const s = donor(v, pool, (x) => !!x.dimensions.massKg);
    const base = s && runningOrder(s);
    if (!s || base === undefined)
      throw new MissingFigureError(v.id, 'mass', 'no figure and no related car to estimate from');
    const extra =
      v.bodyStyle === s.bodyStyle
        ? 0
        : v.bodyStyle === 'crossover'
          ? DEFAULTS.crossoverExtraMassKg
          : v.bodyStyle === 'convertible'
            ? DEFAULTS.convertibleExtraMassKg
            : 0;
    massKg = base + extra;
    assumptions.push(
      `Mass estimated from the ${s.name} (${base} kg in running order)${extra ? ` plus ${extra} kg for the ${v.bodyStyle} body` : ''}.`,
    );
  }

  let aero = aeroOf(v, pool);
  if (!aero && v.bodyStyle === 'crossover') {
    aero = {
      cdaM2: DEFAULTS.crossoverCdaM2,
      crr: DEFAULTS.crr,
      how: 'assumed for a compact crossover (no published Cd)',
    };
  }
  if (!aero) {
    const s = donor(v, pool, (x) => !!aeroOf(x, pool));
    const sa = s && aeroOf(s, pool);
    if (!s || !sa) throw new MissingFigureError(v.id, 'drag coefficient', 'no Cd, CdA or road-load figures');
    aero = {
      ...sa,
      how: `${sa.how} of the ${s.name} (${kinship(v, s)}${v.bodyStyle === 'convertible' ? ', roof closed' : ''})`,
    };
  }
  assumptions.push(
    `Drag area ${aero.cdaM2.toFixed(2)} m² and rolling resistance ${aero.crr.toFixed(4)} from ${aero.how}.`,
  );

  const low = wltp.rangeKm.value;
  const high = wltp.rangeKmHigh?.value ?? low;
  const wltpRangeKm = (low + high) / 2;
  if (high !== low)
    assumptions.push(`Calibrated to the middle of the WLTP span ${low}–${high} km (${wltpRangeKm} km).`);

  let dcPeakKW = v.charging?.dcPeakKW?.value;
  if (dcPeakKW === undefined) {
    const s = donor(v, pool, (x) => !!x.charging?.dcPeakKW);
    dcPeakKW = s?.charging?.dcPeakKW?.value;
    if (s && dcPeakKW !== undefined)
      assumptions.push(`DC peak taken as ${dcPeakKW} kW from the ${s.name} (${kinship(v, s)}).`);
  }
  let acKW = v.charging?.acKW?.value;
  if (acKW === undefined) {
    const s = donor(v, pool, (x) => !!x.charging?.acKW);
    acKW = s?.charging?.acKW?.value;
    if (s && acKW !== undefined)
      assumptions.push(`AC charging taken as ${acKW} kW from the ${s.name} (${kinship(v, s)}).`);
  }
  const measured = v.charging?.dcCurve;
  let curve: Pick<CarSpec, 'dcCurve' | 'curveKind' | 'curveSourceId'> = { curveKind: 'generic' };
  if (measured) {
    curve = { dcCurve: measured.points, curveKind: measured.kind, curveSourceId: measured.sourceId };
  } else if (dcPeakKW) {
    const g = genericCurve(dcPeakKW, usableKWh, pool);
    if (!g) throw new MissingFigureError(v.id, 'DC charging curve', 'no measured curve to take a shape from');
    curve = { dcCurve: g.points, curveKind: 'generic' };
    assumptions.push(
      `DC curve is generic: the measured ${g.from} taper as C-rate, capped at this car’s ${dcPeakKW} kW peak.`,
    );
  }
  return {
    id: v.id,
    name: v.name,
    usableKWh,
    powerKW,
    topSpeedKmh,
    massKg,
    cdaM2: aero.cdaM2,
    crr: aero.crr,
    wltpRangeKm,
    ...(acKW !== undefined ? { acKW } : {}),
    ...(dcPeakKW !== undefined ? { dcPeakKW } : {}),
    ...curve,
    assumptions,
  };
}

const cache = new WeakMap<Vehicle, VehicleModel>();

/**
 * Builds the calculation parameters for a vehicle from its sourced figures, fills documented defaults
 * for what is not published (each listed in `assumptions`), and calibrates the drivetrain efficiency so
 * that driving the WLTC class 3b trace reproduces the official WLTP figure. The model is frozen. Models
 * of the data set's own (frozen) cars are cached; any other object is modelled afresh, so a modified
 * copy of a car always gets a model of its own.
 *
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * m.usableKWh // 49.2
 * m.drivetrainEff // ≈ 0.92 (battery to wheel over the WLTC)
 * @throws {MissingFigureError} for concepts and cars without a WLTP figure or battery
 */
export function vehicleModel(v: Vehicle, opts: VehicleModelOptions = {}): VehicleModel {
  const ours = dataSet.vehicles.includes(v);
  const cacheable = ours && opts.donors === undefined;
  if (cacheable) {
    const hit = cache.get(v);
    if (hit) return hit;
  }
  const pool = opts.donors ?? (ours ? dataSet.vehicles : []);
  const model = calibratedModel(carSpecOf(v, pool));
  if (cacheable) cache.set(v, model);
  return model;
}

/** Whether calculations are possible for a vehicle (it has a battery and a WLTP figure). */
export function isCalculable(v: Vehicle): boolean {
  return v.status !== 'concept' && !!wltpRating(v)?.rangeKm;
}
