/**
 * Builds a car's model parameters from its sourced figures. This is the one place where the data set is
 * read for a calculation: gaps are filled from related cars (donors) and a generic DC curve is taken from a
 * measured one, and each such choice is written into the model's assumptions. `calc/` only ever sees the
 * resulting parameters.
 */
import { acChargeMinutes, curveChargeMinutes } from '../calc/charging.js';
import { type CarSpec, calibratedModel, DEFAULTS, type VehicleModel } from '../calc/model.js';
import type { CoastDown } from '../calc/physics.js';
import { isBestTrimFigure, vehicleRecords } from '../data/vehicle-data.js';
import { MissingFigureError } from '../errors.js';
import { formatMass } from '../format/index.js';
import type { CycleRating, Figure, Vehicle } from '../schema/index.js';
import { kmhToMs } from '../units/convert.js';

export interface VehicleModelOptions {
  /**
   * Cars whose figures may stand in for ones this car lacks (mass, drag, top speed, AC power) and whose
   * measured DC curve may serve as the generic shape. Default: the data set's cars for a car of the data
   * set, and none for any other car, so your own car never silently takes figures from ours.
   */
  donors?: readonly Vehicle[];
}

/**
 * The variant a car with several batteries and no rating of its own is calculated for: the largest battery
 * (the one its maker leads with).
 */
function mainVariant(v: Vehicle): Vehicle['variants'][number] | undefined {
  if (v.efficiency.some((e) => e.rangeKm) || v.variants.length === 0) return undefined;
  return [...v.variants].sort(
    (a, b) => (b.battery.grossKWh?.value ?? 0) - (a.battery.grossKWh?.value ?? 0),
  )[0];
}

/**
 * The rating a model is calibrated on: WLTP where published, else NEDC, else a maker's claim with no test
 * cycle (driven as the NEDC, the European cycle of its time).
 */
function calibrationRating(v: Vehicle): CycleRating | undefined {
  const ratings = mainVariant(v)?.efficiency ?? v.efficiency;
  const r = ['WLTP', 'NEDC', 'claim']
    .map((c) => ratings.find((e) => e.cycle === c && e.rangeKm))
    .find((x) => x !== undefined);
  return r?.rangeKm ? r : undefined;
}

/** The body's width, where published as such: a width across the mirrors is not the body's. */
function bodyWidthMm(v: Vehicle): Figure | undefined {
  return v.dimensions.widthBasis === 'incl. mirrors' ? undefined : v.dimensions.widthMm;
}

/** Kerb mass per square metre of footprint (length × width), from the cars that publish all three. */
function massPerFootprint(pool: readonly Vehicle[]): { kgPerM2: number; cars: number } | undefined {
  const ratios = pool
    .filter((x) => x.dimensions.massKg && x.dimensions.lengthMm && bodyWidthMm(x))
    .map((x) => {
      const d = x.dimensions;
      const m = d.massKg!.value + (d.massBasis === 'DIN kerb' ? DEFAULTS.driverKg : 0);
      return m / ((d.lengthMm!.value / 1000) * (bodyWidthMm(x)!.value / 1000));
    })
    .sort((a, b) => a - b);
  if (ratios.length === 0) return undefined;
  const mid = Math.floor(ratios.length / 2);
  const kgPerM2 = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return { kgPerM2, cars: ratios.length };
}

/**
 * A coast-down F = A + B·v + C·v²: the published coefficients where a regulator gives them, else fitted to
 * published road-load points (least squares; B = 0 from two points).
 */
function coastDownOf(v: Vehicle): CoastDown | undefined {
  const rl = v.aerodynamics.roadLoad;
  if (!rl) return undefined;
  const k = rl.coefficients;
  if (k) {
    // Published per km/h: b·v and c·v² with v in km/h become per m/s.
    return {
      aN: k.a.value,
      bNPerMs: k.b.value * 3.6,
      cNPerMs2: k.c.value * 3.6 ** 2,
      testMassKg: rl.testMassKg.value,
    };
  }
  if (!rl.points || rl.points.length < 2) return undefined;
  const pts = rl.points.map((p) => ({ v: kmhToMs(p.speedKmh), f: p.force.value }));
  if (pts.length === 2) {
    const [p1, p2] = pts as [(typeof pts)[0], (typeof pts)[0]];
    const c = (p2.f - p1.f) / (p2.v ** 2 - p1.v ** 2);
    return { aN: p1.f - c * p1.v ** 2, bNPerMs: 0, cNPerMs2: c, testMassKg: rl.testMassKg.value };
  }
  // Normal equations for [A, B, C].
  const m = [0, 1, 2].map((i) => [0, 1, 2].map((j) => pts.reduce((s, p) => s + p.v ** (i + j), 0)));
  const r = [0, 1, 2].map((i) => pts.reduce((s, p) => s + p.f * p.v ** i, 0));
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  const col = (k: number) => det(m.map((row, i) => row.map((x, j) => (j === k ? r[i]! : x))));
  return { aN: col(0) / d, bNPerMs: col(1) / d, cNPerMs2: col(2) / d, testMassKg: rl.testMassKg.value };
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

/**
 * A piece of equipment (a heat pump, battery warming) from the car's own fact, else from a car with the same
 * system: the same generation, or the same motor and battery. `from` names the car it was taken from.
 */
function equipmentFact<T>(
  v: Vehicle,
  pool: readonly Vehicle[],
  read: (x: Vehicle) => T | undefined,
): { value: T; from?: Vehicle } | undefined {
  const own = read(v);
  if (own !== undefined) return { value: own };
  const s = donor(v, pool, (x) => read(x) !== undefined);
  const r = s && relations(v, s);
  if (s && r && (r.sameGeneration || (r.samePower && r.sameBattery))) return { value: read(s)!, from: s };
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

/** Frontal area ≈ 0.85 × width × height, m², where both are published. */
function frontalAreaM2(v: Vehicle): number | undefined {
  const widthMm = bodyWidthMm(v);
  const { heightMm } = v.dimensions;
  if (!widthMm || !heightMm) return undefined;
  return DEFAULTS.frontalAreaFactor * (widthMm.value / 1000) * (heightMm.value / 1000);
}

/**
 * A car's frontal area: from its own width and height, else from a car of the same body and model line
 * (an Aceman's from another Aceman), with that car.
 */
function areaOf(v: Vehicle, pool: readonly Vehicle[]): { area: number; from: Vehicle } | undefined {
  const own = frontalAreaM2(v);
  if (own !== undefined) return { area: own, from: v };
  const s = donor(
    v,
    pool,
    (x) => x.bodyStyle === v.bodyStyle && x.modelLine === v.modelLine && frontalAreaM2(x) !== undefined,
  );
  return s && { area: frontalAreaM2(s)!, from: s };
}

/** Where a frontal area came from, in words: nothing for the car's own, else the car of the same body. */
const areaSource = (v: Vehicle, a: { from: Vehicle }) =>
  a.from === v ? '' : ` from the ${a.from.name} (same body)`;

/** Drag area and rolling resistance from a car's own figures, if it has them. */
function aeroOf(
  v: Vehicle,
  pool: readonly Vehicle[],
): { cdaM2: number; crr: number; how: string; borrowed?: boolean } | undefined {
  const crr = v.aerodynamics.rollingResistance?.value ?? DEFAULTS.crr;
  const coast = coastDownOf(v);
  if (coast) {
    // CdA and Crr implied by the coast-down, for reference; the coast-down itself drives the road load.
    return {
      cdaM2: (2 * coast.cNPerMs2) / 1.204,
      crr: coast.aN / (coast.testMassKg * 9.80665),
      how: 'the maker’s coast-down road load (which already holds the drivetrain’s own drag)',
    };
  }
  if (v.aerodynamics.cdaM2) return { cdaM2: v.aerodynamics.cdaM2.value, crr, how: 'published CdA' };
  const cd = v.aerodynamics.cd?.value;
  if (cd === undefined) return undefined;
  const a = areaOf(v, pool);
  if (!a) return undefined;
  return {
    cdaM2: cd * a.area,
    crr,
    how: `Cd ${cd} × frontal area${areaSource(v, a)}`,
    borrowed: a.from !== v,
  };
}

/**
 * The parameter in [lo, hi] at which a falling function (a charging time against a curve's scale or a
 * taper's start) meets its target: bisection, or the bound the target lies beyond.
 */
function solveFalling(f: (x: number) => number, target: number, lo: number, hi: number): number {
  if (f(hi) > target) return hi;
  if (f(lo) < target) return lo;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A car with the same pack (same cells and battery management) that has what `has` asks for. */
function samePackDonor(v: Vehicle, pool: readonly Vehicle[], has: (s: Vehicle) => boolean) {
  return donor(v, pool, (x) => has(x) && relations(v, x).sameBattery);
}

/**
 * A generic DC taper: a measured curve expressed as C-rate (kW per kWh usable), capped at the peak. The
 * closest related car's curve first (same battery, same generation), else a logged one, else any. Where the
 * maker quotes DC charging times, the curve is scaled to them the way the drivetrain is calibrated to the
 * official range: the C-rate up to the first quoted end by one factor (within bounds) so the curve gives
 * that time, and, where a second quote reaches further (the F56's 0–100 % in 1.5 h after 0–80 % in 35 min),
 * the C-rate above the first end by a second factor so the curve gives that one too. Above the last quoted
 * end, and for a car with no quoted time, the reference's C-rate is kept.
 */
function genericCurve(
  v: Vehicle,
  peakKW: number,
  usableKWh: number,
  pool: readonly Vehicle[],
):
  | {
      points: { socPct: number; kW: number }[];
      from: string;
      scales: number[];
      ends: number[];
      fitted: { text: string; minutes: number; reached: boolean }[];
    }
  | undefined {
  // A car's own curve (logged, or a third party's model of it) can lend its shape; a generic one cannot.
  // With no close relative, a logged session is preferred to a modelled one.
  const measured = (x: Vehicle) =>
    !!x.charging?.dcCurve && x.charging.dcCurve.kind !== 'generic' && !!x.battery?.usableKWh;
  const logged = (x: Vehicle) => measured(x) && x.charging?.dcCurve?.kind === 'measured';
  const ref = donor(v, pool, measured) ?? pool.find(logged) ?? pool.find(measured);
  const refUsable = ref?.battery?.usableKWh?.value;
  if (!ref?.charging?.dcCurve || !refUsable) return undefined;
  const refPoints = ref.charging.dcCurve.points;
  // A car with no quoted time of its own takes those of a car with the same pack (same cells and battery
  // management, so the same curve): the Convertible charges as the hatch it is built from.
  const dcTimes = (x: Vehicle) => x.charging?.manufacturerTimes.filter((t) => t.type === 'dc') ?? [];
  const packDonor = dcTimes(v).length > 0 ? undefined : samePackDonor(v, pool, (x) => dcTimes(x).length > 0);
  // One quote per end, by rising end: each fits the C-rate between the previous end and its own.
  const quotes = [...dcTimes(packDonor ?? v)]
    .sort((a, b) => a.toPct - b.toPct)
    .filter((q, i, all) => i === 0 || q.toPct > all[i - 1]!.toPct);
  const ends = quotes.map((q) => q.toPct);
  const shape = (scales: readonly number[]) =>
    refPoints.map((p) => {
      const i = ends.findIndex((e) => p.socPct <= e);
      const k = i === -1 ? 1 : (scales[i] ?? 1);
      return { socPct: p.socPct, kW: Math.min(peakKW, ((k * p.kW) / refUsable) * usableKWh) };
    });
  const from = `${ref.charging.dcCurve.kind} ${ref.name}`;
  const scales: number[] = [];
  const fitted: { text: string; minutes: number; reached: boolean }[] = [];
  for (const quoted of quotes) {
    // A quote that names no charger is taken on one that does not limit the car.
    const chargerKW = quoted.chargerKW ?? Number.POSITIVE_INFINITY;
    const minutesAt = (scale: number) =>
      curveChargeMinutes(
        shape([...scales, scale]),
        usableKWh,
        DEFAULTS.packVoltageV,
        chargerKW,
        quoted.fromPct,
        quoted.toPct,
      );
    const target = quoted.minutes.value;
    // Time falls as the scale rises.
    const scale = solveFalling(
      minutesAt,
      target,
      scales.length === 0 ? DEFAULTS.genericCurveScaleMin : DEFAULTS.genericTailScaleMin,
      DEFAULTS.genericCurveScaleMax,
    );
    const minutes = minutesAt(scale);
    scales.push(scale);
    fitted.push({
      text:
        `${quoted.fromPct}–${quoted.toPct} % ${quoted.chargerKW === undefined ? '(no charger named)' : `on a ${chargerKW} kW charger`} in ${target} min` +
        (packDonor ? ` (quoted for the ${packDonor.name}, which has the same battery)` : ''),
      minutes,
      reached: Math.abs(minutes - target) / target < 0.01,
    });
  }
  return { points: shape(scales), from, scales, ends, fitted };
}

/**
 * Where the maker quotes two AC times on the same charger that end at different charges (the F56: 0–80 %
 * in 2.5 h and 0–100 % in 3.5 h at 11 kW), the charge above which the cells take a falling current is
 * found so the stretch between the two ends takes the quoted difference. Bounded to the first quote's end
 * and 99 %; else the default (95 %) stands.
 */
function acTaperFit(
  v: Vehicle,
  acKW: number,
  usableKWh: number,
  pool: readonly Vehicle[],
): { fromPct: number; text: string } | undefined {
  const acTimes = (x: Vehicle) => x.charging?.manufacturerTimes.filter((t) => t.type === 'ac') ?? [];
  const pairOf = (x: Vehicle) => {
    const ts = [...acTimes(x)].sort((a, b) => a.toPct - b.toPct);
    for (const a of ts)
      for (const b of ts)
        if (b.toPct > a.toPct && a.fromPct === b.fromPct && (a.chargerKW ?? acKW) === (b.chargerKW ?? acKW))
          return [a, b] as const;
    return undefined;
  };
  const own = pairOf(v);
  const s = own ? undefined : samePackDonor(v, pool, (x) => pairOf(x) !== undefined);
  const pair = own ?? (s && pairOf(s));
  if (!pair) return undefined;
  const [a, b] = pair;
  const chargerKW = a.chargerKW ?? acKW;
  const target = b.minutes.value - a.minutes.value;
  const minutesAt = (from: number) => acChargeMinutes(acKW, chargerKW, usableKWh, a.toPct, b.toPct, from);
  // A later start of the taper charges faster.
  const fromPct = solveFalling(minutesAt, target, Math.max(50, a.toPct), 99);
  const whose = s ? ` (quoted for the ${s.name}, which has the same battery)` : '';
  return {
    fromPct,
    text: `AC taper from ${Math.round(fromPct)} % (default ${DEFAULTS.acTaperFromPct} %), fitted to the maker’s ${a.fromPct}–${a.toPct} % and ${b.fromPct}–${b.toPct} % times on ${chargerKW} kW${whose}: ${a.toPct}–${b.toPct} % takes ${Math.round(minutesAt(fromPct))} min (the quotes differ by ${Math.round(target)} min).`,
  };
}

/** The plain-number description of a data-set car, with every gap filled and said. */
export function carSpecOf(v: Vehicle, pool: readonly Vehicle[]): CarSpec {
  const assumptions: string[] = [];
  // A figure estimated or borrowed from another car: said, and the answers' intervals widen.
  let estimated = false;
  const estimate = (text: string) => {
    estimated = true;
    assumptions.push(text);
  };
  if (v.status === 'concept')
    throw new MissingFigureError(v.id, 'battery or range figures', 'it is a concept car');
  const rating = calibrationRating(v);
  if (!rating?.rangeKm)
    throw new MissingFigureError(
      v.id,
      'WLTP, NEDC or claimed range',
      'the model is calibrated to an official cycle figure or, failing that, the maker’s claim',
    );
  const variant = mainVariant(v);
  const battery = variant?.battery ?? v.battery;
  if (variant)
    assumptions.push(
      `Calculated for the ${variant.name} version; ${v.name} also came as ${v.variants
        .filter((x) => x !== variant)
        .map((x) => x.name)
        .join(' and ')}.`,
    );

  let usableKWh = battery?.usableKWh?.value;
  if (usableKWh === undefined) {
    const gross = battery?.grossKWh?.value;
    if (gross === undefined)
      throw new MissingFigureError(v.id, 'battery capacity', 'no gross or usable figure');
    // A car with the same pack and a published usable figure says what this one keeps back; else the
    // share the MINI packs with both figures give.
    const s = samePackDonor(v, pool, (x) => !!x.battery?.usableKWh && !!x.battery.grossKWh);
    const sUsable = s?.battery?.usableKWh?.value;
    const sGross = s?.battery?.grossKWh?.value;
    if (s && sUsable !== undefined && sGross !== undefined) {
      usableKWh = Math.round(gross * (sUsable / sGross) * 10) / 10;
      estimate(
        `Usable energy taken as ${usableKWh} kWh from the ${s.name} (${sUsable} of ${sGross} kWh gross; ${kinship(v, s)}).`,
      );
    } else {
      usableKWh = gross * DEFAULTS.usableShareOfGross;
      estimate(`Usable energy estimated as ${DEFAULTS.usableShareOfGross} × ${gross} kWh gross.`);
    }
  }
  const powerKW = v.performance.powerKW?.value;
  if (powerKW === undefined) throw new MissingFigureError(v.id, 'motor power', 'no power figure');
  let topSpeedKmh = v.performance.topSpeedKmh?.value;
  if (topSpeedKmh === undefined) {
    const s = donor(v, pool, (x) => !!x.performance.topSpeedKmh);
    if (!s?.performance.topSpeedKmh)
      throw new MissingFigureError(v.id, 'top speed', 'no figure and no related car to take it from');
    topSpeedKmh = s.performance.topSpeedKmh.value;
    estimate(`Top speed taken as ${topSpeedKmh} km/h from the ${s.name} (${kinship(v, s)}).`);
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
      `Mass of ${formatMass(massKg)} taken as in running order with a driver (its basis is not stated).`,
    );
  if (massKg !== undefined && v.dimensions.massBasis === 'DIN kerb')
    assumptions.push(
      `Mass in running order: ${formatMass(massKg - DEFAULTS.driverKg)} DIN kerb + ${formatMass(DEFAULTS.driverKg)} driver.`,
    );
  if (massKg === undefined) {
    // A performance version (John Cooper Works: bigger wheels and brakes, about 65 kg more than the Cooper
    // SE it is built on) does not stand in for a regular car's mass.
    const performance = (x: Vehicle) => x.variant === 'John Cooper Works';
    const s = donor(v, pool, (x) => !!x.dimensions.massKg && (performance(v) || !performance(x)));
    const base = s && runningOrder(s);
    const fp = massPerFootprint(pool);
    const { lengthMm } = v.dimensions;
    const widthMm = bodyWidthMm(v);
    if (s && base !== undefined) {
      const extra =
        v.bodyStyle === s.bodyStyle
          ? 0
          : v.bodyStyle === 'crossover'
            ? DEFAULTS.crossoverExtraMassKg
            : v.bodyStyle === 'convertible'
              ? DEFAULTS.convertibleExtraMassKg
              : 0;
      massKg = base + extra;
      estimate(
        `Mass estimated from the ${s.name} (${formatMass(base)} in running order)${extra ? ` plus ${extra} kg for the ${v.bodyStyle} body` : ''}.`,
      );
    } else if (fp && lengthMm && widthMm) {
      const area = (lengthMm.value / 1000) * (widthMm.value / 1000);
      massKg = Math.round((fp.kgPerM2 * area) / 10) * 10;
      const bounded = lengthMm.bound === 'upper' || widthMm.bound === 'upper';
      estimate(
        `Mass not published: estimated as ${formatMass(massKg)} in running order from its ${area.toFixed(1)} m² footprint at the median ${Math.round(fp.kgPerM2)} kg/m² of ${fp.cars} electric cars with published figures${bounded ? ' (its length and width are published only as upper bounds, so the mass is likely lower)' : ''}.`,
      );
    } else throw new MissingFigureError(v.id, 'mass', 'no figure and no related car to estimate from');
  }

  let aero = aeroOf(v, pool);
  if (!aero) {
    const s = donor(v, pool, (x) => !!aeroOf(x, pool));
    const sa = s && aeroOf(s, pool);
    const a = areaOf(v, pool);
    const sCd = s?.aerodynamics.cd?.value;
    // A body of another shape (a crossover from a hatch) keeps the relative's Cd, the shape's coefficient,
    // on its own frontal area (or its model line's); a convertible's closed roof or a sister hatch takes the
    // drag area whole.
    const otherShape = s && s.bodyStyle !== v.bodyStyle && v.bodyStyle !== 'convertible';
    if (s && sa && otherShape && sCd !== undefined && a)
      aero = {
        cdaM2: sCd * a.area,
        crr: sa.crr,
        borrowed: true,
        how: `Cd ${sCd} of the ${s.name} (${kinship(v, s)}) × the ${v.bodyStyle}’s frontal area${areaSource(v, a)}`,
      };
    else if (s && sa)
      aero = {
        ...sa,
        borrowed: true,
        how: `${sa.how} of the ${s.name} (${kinship(v, s)}${v.bodyStyle === 'convertible' ? ', roof closed' : ''})`,
      };
    else if (a)
      aero = {
        cdaM2: DEFAULTS.assumedCd * a.area,
        crr: DEFAULTS.crr,
        how: `an assumed Cd of ${DEFAULTS.assumedCd} (none published) × its frontal area${areaSource(v, a)}${a.from.dimensions.widthMm?.bound === 'upper' ? ' (its width is published only as an upper bound)' : ''}`,
        borrowed: true,
      };
    else throw new MissingFigureError(v.id, 'drag coefficient', 'no Cd, CdA or road-load figures');
  }
  const aeroText = `Drag area ${aero.cdaM2.toFixed(2)} m² and rolling resistance ${aero.crr.toFixed(4)} from ${aero.how}.`;
  if (aero.borrowed) estimate(aeroText);
  else assumptions.push(aeroText);

  const low = rating.rangeKm.value;
  const high = rating.rangeKmHigh?.value ?? low;
  // A rating for the best trim, or a figure stated "up to", is not the typical car.
  const upTo = high === low && isBestTrimFigure(rating);
  const wltpRangeKm = high !== low ? (low + high) / 2 : upTo ? low * DEFAULTS.upToTrimFactor : low;
  const claim = rating.cycle === 'claim';
  const cycleName = claim ? 'maker’s claimed' : rating.cycle;
  const rangeBasis =
    high !== low
      ? `the middle of the ${cycleName} span ${low}–${high} km (a typical trim)`
      : upTo
        ? `${DEFAULTS.upToTrimFactor} × the “up to” ${cycleName} figure of ${low} km (a typical trim, not the best)`
        : claim
          ? `the maker’s claimed range of ${low} km (no test cycle given; driven as the NEDC, the European cycle of its time)`
          : `the ${rating.cycle} figure of ${low} km`;
  const calibrated = `Calibrated to ${rangeBasis}${wltpRangeKm === low ? '' : `: ${Math.round(wltpRangeKm)} km`}.`;
  // A claim is not a test result: it counts as an estimate, and the answers' intervals widen.
  if (claim) estimate(calibrated);
  else assumptions.push(calibrated);

  const heating = equipmentFact(v, pool, (x) => x.heatPump && /standard/i.test(x.heatPump.text));
  const heatPump = heating?.value ?? false;
  if (!heating) assumptions.push('Heating assumed resistive (no heat pump is documented for this car).');
  else if (heating.from)
    assumptions.push(
      `Heating taken as the ${heating.from.name}’s (${kinship(v, heating.from)}): ${heatPump ? 'a heat pump' : 'resistive'}.`,
    );

  // Battery warming for a fast charge; without a word either way the model takes it as there (MINI's later
  // cars warm their packs).
  const warming = equipmentFact(v, pool, (x) => x.batteryPreconditioning?.available);
  const preconditioning = warming?.value;
  if (warming?.from && !preconditioning)
    assumptions.push(
      `No battery warming for a fast charge, as the ${warming.from.name} (${kinship(v, warming.from)}).`,
    );

  let dcPeakKW = v.charging?.dcPeakKW?.value;
  if (v.charging?.dcFastCharging === false)
    assumptions.push('No DC fast charging: this car charges on AC only.');
  else if (dcPeakKW === undefined) {
    const s = donor(v, pool, (x) => !!x.charging?.dcPeakKW);
    dcPeakKW = s?.charging?.dcPeakKW?.value;
    if (s && dcPeakKW !== undefined)
      estimate(`DC peak taken as ${dcPeakKW} kW from the ${s.name} (${kinship(v, s)}).`);
    else {
      // No published peak and no relative to take one from, but the maker quotes a DC time (the Ora R1's
      // 5–80 % in 40 min): the generic taper, uncapped, is scaled to that time, and its highest power is
      // the estimated peak. The car charges on DC as the maker says it does, with a wider interval.
      const g = genericCurve(v, Number.POSITIVE_INFINITY, usableKWh, pool);
      const quoted = g?.fitted[0];
      if (g && quoted?.reached) {
        dcPeakKW = Math.round(Math.max(...g.points.map((p) => p.kW)));
        estimate(
          `DC peak not published: estimated as ${dcPeakKW} kW, the highest power of the generic taper scaled to the maker’s ${quoted.text}.`,
        );
      }
    }
  }
  let acKW = v.charging?.acKW?.value;
  if (acKW === undefined) {
    const s = donor(v, pool, (x) => !!x.charging?.acKW);
    acKW = s?.charging?.acKW?.value;
    if (s && acKW !== undefined)
      estimate(`AC charging taken as ${acKW} kW from the ${s.name} (${kinship(v, s)}).`);
  }
  const measured = v.charging?.dcCurve;
  let curve: Pick<CarSpec, 'dcCurve' | 'curveKind' | 'curveSourceId'> = { curveKind: 'generic' };
  if (measured) {
    curve = { dcCurve: measured.points, curveKind: measured.kind, curveSourceId: measured.sourceId };
  } else if (dcPeakKW) {
    const g = genericCurve(v, dcPeakKW, usableKWh, pool);
    if (!g) throw new MissingFigureError(v.id, 'DC charging curve', 'no measured curve to take a shape from');
    curve = { dcCurve: g.points, curveKind: 'generic' };
    const pct = (k: number) => (k === 1 ? '' : ` × ${k.toFixed(2)}`);
    const parts = g.fitted.map((f, i) => {
      const span = `${i === 0 ? 0 : g.ends[i - 1]}–${g.ends[i]} %`;
      return f.reached
        ? `${span} scaled${pct(g.scales[i]!)} to the maker’s ${f.text}`
        : `${span} at the bound${pct(g.scales[i]!)}: the maker’s ${f.text} is beyond the bounded scale (the curve gives ${Math.round(f.minutes)} min)`;
    });
    const last = g.ends.at(-1);
    assumptions.push(
      `DC curve is generic: the ${g.from} taper as C-rate, capped at this car’s ${dcPeakKW} kW peak` +
        (parts.length === 0
          ? '.'
          : `; ${parts.join('; ')}${last !== undefined && last < 100 ? `; above ${last} % the reference’s own taper` : ''}.`),
    );
  }
  const acTaper = acKW !== undefined ? acTaperFit(v, acKW, usableKWh, pool) : undefined;
  if (acTaper) assumptions.push(acTaper.text);
  const coastDown = coastDownOf(v);
  if (coastDown && coastDown.bNPerMs === 0)
    assumptions.push('Road load from two coast-down points: EPA’s linear term is not in the cited source.');
  if (dcPeakKW !== undefined)
    assumptions.push(
      `Pack voltage taken as ${DEFAULTS.packVoltageV} V nominal (not published): a DC charger’s current limit applies against it.`,
    );
  return {
    id: v.id,
    name: v.name,
    estimated,
    usableKWh,
    ...(battery?.grossKWh ? { grossKWh: battery.grossKWh.value } : {}),
    ...(coastDown ? { coastDown } : {}),
    cycle: rating.cycle === 'WLTP' ? 'WLTP' : 'NEDC',
    ...(claim ? { claim } : {}),
    rangeBasis,
    heatPump,
    ...(preconditioning !== undefined ? { preconditioning } : {}),
    powerKW,
    topSpeedKmh,
    massKg,
    cdaM2: aero.cdaM2,
    crr: aero.crr,
    wltpRangeKm,
    ...(acKW !== undefined ? { acKW } : {}),
    ...(dcPeakKW !== undefined ? { dcPeakKW } : {}),
    ...(acTaper ? { acTaperFromPct: acTaper.fromPct } : {}),
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
  const ours = vehicleRecords.includes(v);
  const cacheable = ours && opts.donors === undefined;
  if (cacheable) {
    const hit = cache.get(v);
    if (hit) return hit;
  }
  const pool = opts.donors ?? (ours ? vehicleRecords : []);
  const model = calibratedModel(carSpecOf(v, pool));
  if (cacheable) cache.set(v, model);
  return model;
}

/**
 * Why no calculation is possible for a vehicle, in words a face can show after "is" ("a concept car: no
 * battery or range was published"), or undefined when calculations are possible ({@link isCalculable}).
 * @example notCalculableReason(getVehicle('rocketman-concept')) // 'a concept car: no battery or range was published'
 */
export function notCalculableReason(v: Vehicle): string | undefined {
  if (v.status === 'concept') return 'a concept car: no battery or range was published';
  if (!calibrationRating(v)?.rangeKm) return 'without an official range figure to calibrate the model to';
  return undefined;
}

/**
 * What a car's page says when nothing can be calculated for the car, with {@link notCalculableReason}'s
 * words, or undefined when calculations are possible.
 * @example notCalculableNotice(getVehicle('rocketman-concept')) // 'This car is a concept car: no battery or range was published, so nothing is calculated for it.'
 */
export function notCalculableNotice(v: Vehicle): string | undefined {
  const reason = notCalculableReason(v);
  return reason && `This car is ${reason}, so nothing is calculated for it.`;
}

/** Whether calculations are possible for a vehicle (it has a battery and a WLTP or NEDC range). */
export function isCalculable(v: Vehicle): boolean {
  return v.status !== 'concept' && !!calibrationRating(v)?.rangeKm;
}
