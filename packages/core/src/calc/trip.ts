import { TRIP_CONTRACT } from '../contract/calculations.js';
import { contractDefaults, type LimitedInput, resolveInput } from '../contract/contract.js';
import { InvalidInputError, MissingFigureError } from '../errors.js';
import { tripObstacleWords } from '../format/obstacle.js';
import { deepFreeze } from '../freeze.js';
import { cumulativeChargeMinutes, PACK_CHARGE_TARGET_C } from './charging.js';
import { carLimits, type VehicleModel } from './model.js';
import { computeRange, TRIP_KM_LIMITS } from './range.js';

/** The trip contract's input ({@link TRIP_CONTRACT}); every field but `distanceKm` may be left out. */
export interface TripInput {
  distanceKm?: number;
  speedKmh?: number;
  tempC?: number;
  climate?: boolean;
  payloadKg?: number;
  startSocPct?: number;
  /** Least charge on arrival at the destination, %. */
  arrivalSocPct?: number;
  /** Least charge on arrival at any charger, %. */
  minChargerSocPct?: number;
  /** Highest charge to charge to, %. */
  maxSocPct?: number;
  chargerKW?: number;
  /** Chargers every this many km along the route (first one at this distance). */
  chargerSpacingKm?: number;
  /** Or explicit charger positions along the route, km from the start (optionally each with its power). */
  chargers?: readonly { km: number; kW?: number }[];
  /** Time lost at each stop (parking, plugging in, paying), minutes. */
  stopOverheadMin?: number;
  /** The car warms its battery on the way to a charger. Without it the pack is at ambient + 10 °C. */
  preconditioning?: boolean;
}
type ResolvedTrip = Required<Omit<TripInput, 'chargers'>> & Pick<TripInput, 'chargers'>;

/** Defaults of the trip planner: what you get for a field you leave out (from {@link TRIP_CONTRACT}). */
export const TRIP_DEFAULTS = Object.freeze(contractDefaults(TRIP_CONTRACT)) as Readonly<
  Required<Omit<TripInput, 'chargers'>>
>;

/** One stretch of driving between two stops (or the start and the destination). */
export interface TripLeg {
  fromKm: number;
  toKm: number;
  distanceKm: number;
  drivingMinutes: number;
  departureSocPct: number;
  arrivalSocPct: number;
  energyKWh: number;
}

export interface TripStop {
  km: number;
  chargerKW: number;
  arrivalSocPct: number;
  departureSocPct: number;
  chargeMinutes: number;
  energyKWh: number;
  /** Where the car goes next: the next charger along the route, or the destination, km from the start. */
  nextKm: number;
  /** True when {@link TripStop.nextKm} is the destination. */
  nextIsDestination: boolean;
  /** The charge the car would reach {@link TripStop.nextKm} with had it not stopped here, % (may be below 0). */
  skipSocPct: number;
  /** True when the stop is needed: without it the car would reach the next charger (or the destination)
   * below the charge wanted there. False when it could drive on, and stopping here is only quicker. */
  needed: boolean;
}

interface TripCommon {
  vehicleId: string;
  /** Every input as used, defaults filled in. */
  input: Readonly<ResolvedTrip>;
  limited: readonly LimitedInput[];
  assumptions: readonly string[];
  consumptionKWhPer100Km: number;
}

export interface TripPlan extends TripCommon {
  feasible: true;
  totalMinutes: number;
  drivingMinutes: number;
  chargingMinutes: number;
  overheadMinutes: number;
  stops: TripStop[];
  /** The stretches of driving between stops, with distance and driving time each. */
  legs: TripLeg[];
  arrivalSocPct: number;
  energyUsedKWh: number;
  /** Charge along the route for a chart: km and %, with a point before and after each stop. */
  series: { km: number; socPct: number }[];
}

/** What stops a trip, as figures (see `tripObstacleWords` for its words in the reader's units). */
export type TripObstacle =
  | {
      /** The first charger (or the destination) is beyond what the starting charge reaches. */
      kind: 'start';
      startSocPct: number;
      reachKm: number;
      speedKmh: number;
      reservePct: number;
      target: 'destination' | 'first charger';
      targetKm: number;
    }
  | {
      /** A stretch between two stops is longer than a full charge reaches. */
      kind: 'gap';
      fromKm: number;
      toKm: number;
      maxSocPct: number;
      speedKmh: number;
      tempC: number;
      reachKm: number;
    }
  | { /** No plan keeps every charge limit. */ kind: 'limits' };

export interface TripImpossible extends TripCommon {
  feasible: false;
  /** Why, in words (metric); `obstacle` holds the figures. */
  reason: string;
  obstacle: TripObstacle;
  /** The stretch that cannot be driven, when one is to blame. */
  gap: { fromKm: number; toKm: number } | null;
}

const STEP = 0.5; // % of state of charge per DP state

/**
 * Plans the stops that minimise total time (driving + charging + overhead) by dynamic programming over
 * how much to charge at each charger, on a 0.5 % state-of-charge grid. Not a "charge to 80 %" rule:
 * short stops on the steep part of the curve win when chargers are close, longer ones when they are far.
 *
 * @example
 * const plan = planTrip(vehicleModel(getVehicle('cooper-se-j01')), {
 *   distanceKm: 600, speedKmh: 120, chargerKW: 150, chargerSpacingKm: 50,
 * });
 * plan.feasible // true
 * plan.feasible && plan.stops.length // 3
 */
export function planTrip(m: VehicleModel, input: TripInput = {}): TripPlan | TripImpossible {
  const { input: t, limited } = resolveInput<ResolvedTrip>(TRIP_CONTRACT, carLimits(m), input);
  if (t.chargers !== undefined) {
    if (!Array.isArray(t.chargers) || t.chargers.length > 500)
      throw new InvalidInputError('chargers', t.chargers, 'a list of up to 500 charger positions', {
        rule: 'type',
      });
    for (const c of t.chargers) {
      const km = c?.km;
      if (typeof km !== 'number' || !Number.isFinite(km) || km < 0 || km > 10_000)
        throw new InvalidInputError('chargers', km, 'distances from 0 to 10,000 km', {
          rule: typeof km === 'number' ? 'range' : 'type',
          min: 0,
          max: 10_000,
          quantity: 'distance',
        });
      if (c.kW !== undefined && (typeof c.kW !== 'number' || !(c.kW >= 5 && c.kW <= 400)))
        throw new InvalidInputError('chargers', c.kW, 'charger powers from 5 to 400 kW', {
          rule: 'range',
          min: 5,
          max: 400,
          quantity: 'power',
        });
    }
  }
  if (!m.charging.dcPeakKW)
    throw new MissingFigureError(m.id, 'DC charging', 'a trip with charging stops needs it');
  const drive = computeRange(m, {
    speedKmh: t.speedKmh,
    tempC: t.tempC,
    climate: t.climate,
    payloadKg: t.payloadKg,
    // Warming a cold car up happens once on the whole trip.
    tripKm: Math.min(Math.max(t.distanceKm, TRIP_KM_LIMITS.min), TRIP_KM_LIMITS.max),
  });
  const consumption = drive.consumptionKWhPer100Km;
  const energyKWh = m.usableKWh * drive.usableFactor;
  const pctPerKm = (consumption / 100 / energyKWh) * 100;
  const preconditioned = t.preconditioning && m.charging.preconditioning;
  const batteryTempC = preconditioned ? PACK_CHARGE_TARGET_C : Math.min(PACK_CHARGE_TARGET_C, t.tempC + 10);
  const common: TripCommon = {
    vehicleId: m.id,
    input: t,
    limited,
    // Said only where it matters: a pack that arrives below the temperature of full acceptance.
    assumptions:
      t.preconditioning && !m.charging.preconditioning && batteryTempC < PACK_CHARGE_TARGET_C
        ? [
            ...m.assumptions,
            `The ${m.name} cannot warm its battery before a fast charge: the pack arrives at ${batteryTempC} °C.`,
          ]
        : m.assumptions,
    consumptionKWhPer100Km: consumption,
  };

  // Nodes: start, chargers before the destination (sorted), destination.
  let chargers: { km: number; kW: number }[];
  if (t.chargers) {
    chargers = t.chargers.map((c) => ({ km: c.km, kW: c.kW ?? t.chargerKW }));
  } else {
    chargers = [];
    const spacing = t.chargerSpacingKm;
    for (let km = spacing; km < t.distanceKm - 1e-9; km += spacing) chargers.push({ km, kW: t.chargerKW });
  }
  chargers = chargers.filter((c) => c.km > 0 && c.km < t.distanceKm).sort((a, b) => a.km - b.km);
  const nodes = [{ km: 0, kW: 0 }, ...chargers, { km: t.distanceKm, kW: 0 }];

  const impossible = (obstacle: TripObstacle, gap?: { fromKm: number; toKm: number }): TripImpossible =>
    deepFreeze({
      ...common,
      feasible: false as const,
      reason: tripObstacleWords(obstacle),
      obstacle,
      gap: gap ?? null,
    });
  const fullReachKm = (t.maxSocPct - t.minChargerSocPct) / pctPerKm;
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[i - 1]!;
    const to = nodes[i]!;
    const need = (to.km - from.km) * pctPerKm;
    const floor = i === nodes.length - 1 ? t.arrivalSocPct : t.minChargerSocPct;
    const have = i === 1 ? t.startSocPct : t.maxSocPct;
    if (have - need < floor - 1e-9) {
      const reach = (have - floor) / pctPerKm;
      return impossible(
        i === 1
          ? {
              kind: 'start',
              startSocPct: t.startSocPct,
              reachKm: Math.max(0, reach),
              speedKmh: t.speedKmh,
              reservePct: floor,
              target: i === nodes.length - 1 ? 'destination' : 'first charger',
              targetKm: to.km,
            }
          : {
              kind: 'gap',
              fromKm: from.km,
              toKm: to.km,
              maxSocPct: t.maxSocPct,
              speedKmh: t.speedKmh,
              tempC: t.tempC,
              reachKm: fullReachKm,
            },
        { fromKm: from.km, toKm: to.km },
      );
    }
  }

  const S = Math.round(100 / STEP) + 1;
  const toIdx = (pct: number) => Math.floor(pct / STEP + 1e-9);
  const maxIdx = toIdx(t.maxSocPct);
  const n = nodes.length;
  const best = Array.from({ length: n }, () => new Float64Array(S).fill(Number.POSITIVE_INFINITY));
  // parent[i][s] = departure index chosen at node i-1 and arrival state there, packed.
  const parentDep = Array.from({ length: n }, () => new Int32Array(S).fill(-1));
  const parentArr = Array.from({ length: n }, () => new Int32Array(S).fill(-1));
  const tables = new Map<number, Float64Array>();
  const table = (kW: number) => {
    let tab = tables.get(kW);
    if (!tab) {
      tab = cumulativeChargeMinutes(m, kW, batteryTempC, STEP);
      tables.set(kW, tab);
    }
    return tab;
  };

  const startIdx = toIdx(t.startSocPct);
  best[0]![startIdx] = 0;
  for (let i = 0; i < n - 1; i++) {
    const here = nodes[i]!;
    const next = nodes[i + 1]!;
    const dropIdx = ((next.km - here.km) * pctPerKm) / STEP;
    const floorIdx = (i + 1 === n - 1 ? t.arrivalSocPct : t.minChargerSocPct) / STEP;
    const driveMin = ((next.km - here.km) / t.speedKmh) * 60;
    const tab = i === 0 ? undefined : table(here.kW);
    const cur = best[i]!;
    const nxt = best[i + 1]!;
    const pd = parentDep[i + 1]!;
    const pa = parentArr[i + 1]!;
    // The least departure charge that reaches the next node above its floor.
    const minDep = Math.ceil(floorIdx + dropIdx - 1e-9);
    // A state is dominated when a higher charge was reached no later: skip it.
    let bestAbove = Number.POSITIVE_INFINITY;
    for (let s = S - 1; s >= 0; s--) {
      const base = cur[s]!;
      if (base >= bestAbove) continue;
      bestAbove = base;
      const lastDep = tab ? Math.max(s, maxIdx) : s;
      const tabS = tab ? tab[s]! : 0;
      for (let d = Math.max(s, minDep); d <= lastDep; d++) {
        const a = Math.floor(d - dropIdx + 1e-9);
        const total = base + driveMin + (d > s && tab ? tab[d]! - tabS + t.stopOverheadMin : 0);
        if (total < nxt[a]!) {
          nxt[a] = total;
          pd[a] = d;
          pa[a] = s;
        }
      }
    }
  }

  const last = best[n - 1]!;
  let endIdx = -1;
  for (let s = 0; s < S; s++) {
    if (last[s]! < Number.POSITIVE_INFINITY && (endIdx < 0 || last[s]! < last[endIdx]! - 1e-9)) endIdx = s;
  }
  if (endIdx < 0) return impossible({ kind: 'limits' });

  // Walk back to recover departure charge at each node.
  const dep = new Array<number>(n).fill(0);
  const arr = new Array<number>(n).fill(0);
  arr[n - 1] = endIdx;
  for (let i = n - 1; i > 0; i--) {
    dep[i - 1] = parentDep[i]![arr[i]!]!;
    arr[i - 1] = parentArr[i]![arr[i]!]!;
  }
  const stops: TripStop[] = [];
  const series: { km: number; socPct: number }[] = [{ km: 0, socPct: arr[0]! * STEP }];
  for (let i = 1; i < n - 1; i++) {
    const node = nodes[i]!;
    series.push({ km: node.km, socPct: arr[i]! * STEP });
    if (dep[i]! > arr[i]!) {
      const tab = table(node.kW);
      const next = nodes[i + 1]!;
      const nextIsDestination = i + 1 === n - 1;
      const skipSocPct = arr[i]! * STEP - (next.km - node.km) * pctPerKm;
      stops.push({
        km: node.km,
        chargerKW: node.kW,
        arrivalSocPct: arr[i]! * STEP,
        departureSocPct: dep[i]! * STEP,
        chargeMinutes: tab[dep[i]!]! - tab[arr[i]!]!,
        energyKWh: ((dep[i]! - arr[i]!) * STEP * m.usableKWh) / 100,
        nextKm: next.km,
        nextIsDestination,
        skipSocPct,
        needed: skipSocPct < (nextIsDestination ? t.arrivalSocPct : t.minChargerSocPct) - 1e-9,
      });
      series.push({ km: node.km, socPct: dep[i]! * STEP });
    }
  }
  series.push({ km: t.distanceKm, socPct: endIdx * STEP });
  const chargingMinutes = stops.reduce((sum, s) => sum + s.chargeMinutes, 0);
  const overheadMinutes = stops.length * t.stopOverheadMin;
  const drivingMinutes = (t.distanceKm / t.speedKmh) * 60;
  const legs: TripLeg[] = [];
  const ends = [{ km: 0, soc: arr[0]! * STEP }, ...stops.map((s) => ({ km: s.km, soc: s.departureSocPct }))];
  const arrivals = [...stops.map((s) => s.arrivalSocPct), endIdx * STEP];
  ends.forEach((e, i) => {
    const toKm = stops[i]?.km ?? t.distanceKm;
    const distanceKm = toKm - e.km;
    legs.push({
      fromKm: e.km,
      toKm,
      distanceKm,
      drivingMinutes: (distanceKm / t.speedKmh) * 60,
      departureSocPct: e.soc,
      arrivalSocPct: arrivals[i]!,
      energyKWh: (distanceKm * consumption) / 100,
    });
  });
  return deepFreeze({
    ...common,
    feasible: true as const,
    totalMinutes: drivingMinutes + chargingMinutes + overheadMinutes,
    drivingMinutes,
    chargingMinutes,
    overheadMinutes,
    stops,
    legs,
    arrivalSocPct: endIdx * STEP,
    energyUsedKWh: (t.distanceKm * consumption) / 100,
    series,
  });
}
