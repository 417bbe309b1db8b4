import { CHARGE_CONTRACT } from '../contract/calculations.js';
import { type LimitedInput, resolveInput } from '../contract/contract.js';
import { InvalidInputError, MissingFigureError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { PACK_KWH_PER_K_PER_KWH } from './climate.js';
import { carLimits, DEFAULTS, type VehicleModel } from './model.js';
import { CHARGE_HALF_WIDTH, ENERGY_HALF_WIDTH, ESTIMATED_WIDEN, GENERIC_CURVE_WIDEN } from './uncertainty.js';

/** The charge contract's input ({@link CHARGE_CONTRACT}); every field may be left out for its default. */
export interface ChargeInput {
  /** State of charge at the start, % (0 to 99). Default 10. */
  fromPct?: number;
  /** State of charge at the end, % (1 to 100, above fromPct). Default 80. */
  toPct?: number;
  /** Charger (DC, 5 to 400 kW) or wall box (AC, 1.4 to 22 kW) power. Default 150 kW on DC, the car's on-board charger on AC. */
  chargerKW?: number;
  /** Charge on AC instead of DC. Default false. */
  ac?: boolean;
  /** Battery temperature, °C; a cold battery accepts less DC power. Default 25. */
  batteryTempC?: number;
  /** What a kWh costs at this charger or socket, in your currency (0 to 5). Optional: gives `cost`. */
  pricePerKWh?: number;
}
type ResolvedCharge = Required<Omit<ChargeInput, 'pricePerKWh'>> & Pick<ChargeInput, 'pricePerKWh'>;

export interface ChargePoint {
  minute: number;
  socPct: number;
  kW: number;
}

export interface ChargeResult {
  vehicleId: string;
  minutes: number;
  /** The 80 % interval around `minutes` (wider on a generic curve). */
  minutesLow: number;
  minutesHigh: number;
  energyToBatteryKWh: number;
  /** Energy drawn from the socket (AC) or delivered by the charger's meter (DC), kWh. */
  energyFromGridKWh: number;
  /** The 80 % interval around `energyFromGridKWh`. */
  energyFromGridKWhLow: number;
  energyFromGridKWhHigh: number;
  /** The session's cost, the energy drawn at `pricePerKWh` (your currency); undefined without a price. */
  cost: number | undefined;
  /** The 80 % interval around `cost`, from the energy's. */
  costLow: number | undefined;
  costHigh: number | undefined;
  /** Average power into the battery, kW. */
  averagePowerKW: number;
  peakPowerKW: number;
  lossesKWh: number;
  type: 'ac' | 'dc';
  /** The limit that set the power most of the time. */
  limitedBy: 'car' | 'charger';
  /** The charger's (DC) or wall box's (AC) rating used, kW. */
  chargerKW: number;
  /** The most the car itself accepts on this supply: its DC peak, or its on-board charger on AC, kW. */
  carLimitKW: number;
  /** The most the supply can give: the lower of charger and car, kW at the grid side. */
  usablePowerKW: number;
  curveKind: 'measured' | 'modelled' | 'generic';
  /**
   * DC: the pack's temperature at the end, °C. A pack plugged in below 25 °C warms as it charges (its own
   * losses, and the heater in a car that can warm its battery), and takes more power as it does. Undefined on AC.
   */
  batteryTempEndC: number | undefined;
  /** DC: energy the car's heater spent warming the pack, kWh (part of `energyFromGridKWh`); 0 on AC. */
  packHeatingKWh: number;
  /** State of charge and power against time, about one point per percent. */
  series: ChargePoint[];
  /** Every input as used, defaults filled in. */
  input: Readonly<ResolvedCharge>;
  limited: readonly LimitedInput[];
  assumptions: readonly string[];
}

/** Integration step of a charging session, % of charge. */
const STEP_PCT = 0.25;

/** Linear interpolation of the power curve at a state of charge. */
export function curvePowerKW(curve: readonly { socPct: number; kW: number }[], soc: number): number {
  if (curve.length === 0) return 0;
  const first = curve[0]!;
  if (soc <= first.socPct) return first.kW;
  for (let i = 1; i < curve.length; i++) {
    const b = curve[i]!;
    if (soc <= b.socPct) {
      const a = curve[i - 1]!;
      return a.kW + ((b.kW - a.kW) * (soc - a.socPct)) / (b.socPct - a.socPct);
    }
  }
  return curve[curve.length - 1]!.kW;
}

/**
 * The car's DC charging-power limit across the state of charge, for a chart: one point every `stepPct`
 * from 0 to 100 %. Empty when the car has no DC curve.
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * dcCurvePoints(m).length // 21 (0 to 100 % in steps of 5)
 */
export function dcCurvePoints(m: VehicleModel, stepPct = 5): { socPct: number; kW: number }[] {
  if (m.charging.dcCurve.length === 0) return [];
  const out: { socPct: number; kW: number }[] = [];
  for (let soc = 0; soc <= 100; soc += stepPct)
    out.push({ socPct: soc, kW: curvePowerKW(m.charging.dcCurve, soc) });
  return out;
}

/**
 * What a DC charger can put into this car's cells across the state of charge, for a chart beside
 * {@link dcCurvePoints} (the same basis, kW at the battery): its rating or its current limit at the pack's
 * voltage, whichever is lower, less the car's charging losses. A 125 A "50 kW" unit puts about 43 kW into
 * a 350 V pack at half charge: a chart draws that, not a flat 50 kW line.
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-f56'));
 * dcChargerPoints(m, 50)[10].kW // ≈ 43 (at 50 %)
 */
export function dcChargerPoints(
  m: VehicleModel,
  chargerKW: number,
  stepPct = 5,
): { socPct: number; kW: number }[] {
  const out: { socPct: number; kW: number }[] = [];
  for (let soc = 0; soc <= 100; soc += stepPct)
    out.push({
      socPct: soc,
      kW: chargerLimitKW(m.charging.packVoltageV, chargerKW, soc) * DEFAULTS.dcEfficiency,
    });
  return out;
}

/**
 * DC acceptance falls with a cold battery: full power from 25 °C, 35 % at 0 °C, 15 % floor.
 * @example coldDerate(10) // 0.61
 */
export function coldDerate(batteryTempC: number): number {
  if (batteryTempC >= 25) return 1;
  return Math.max(0.15, 0.35 + (0.65 * batteryTempC) / 25);
}

/** The pack temperature from which DC acceptance is full, °C, and to which a car with a heater warms it. */
export const PACK_CHARGE_TARGET_C = 25;
/**
 * How fast a car that can warm its battery heats it while it charges, K per minute: BMW owners are told to
 * start preconditioning about 30 minutes before a fast charge, and bringing a winter pack about 25 K up in
 * half an hour to an hour is 0.4–0.8 K a minute. About 2.4 kW of heat into a 54 kWh pack.
 */
export const PACK_HEATER_K_PER_MIN = 0.5;
/**
 * How far the warming rates may be off, as factors on both: the heater's published 0.4–0.8 K a minute
 * around 0.5, and the cells' loss share (2–4 % around 3 %). A cold session's interval spans both ends.
 */
export const PACK_WARMING_RANGE = { low: 0.67, high: 1.6 } as const;

/**
 * One step of a charging pack's temperature, °C, and the heater's energy, kWh. The cells' own resistance
 * heats the pack: I²R, with the resistance set by the DC path's loss share at the car's peak power and
 * risen in the cold as far as the car cuts its acceptance (R ∝ 1 / coldDerate). A car that can warm its
 * battery adds its heater until the pack reaches 25 °C; above that nothing changes. `rateScale` multiplies
 * both rates (the interval of a cold session takes them at the ends of their range, {@link PACK_WARMING_RANGE}).
 * @example packWarmStep(0.0813, 95, true, 0, 33, 1).packC // ≈ 0.70 (a cold 54 kWh pack at 33 kW for a minute)
 */
export function packWarmStep(
  heatCapacityKWhPerK: number,
  peakKW: number,
  heater: boolean,
  packC: number,
  cellsKW: number,
  minutes: number,
  rateScale = 1,
): { packC: number; heaterKWh: number } {
  if (packC >= PACK_CHARGE_TARGET_C) return { packC, heaterKWh: 0 };
  const ownKW = (rateScale * (1 - DEFAULTS.dcEfficiency) * cellsKW ** 2) / (peakKW * coldDerate(packC));
  const heaterKW = heater ? rateScale * PACK_HEATER_K_PER_MIN * 60 * heatCapacityKWhPerK : 0;
  const risen = packC + ((ownKW + heaterKW) * minutes) / 60 / heatCapacityKWhPerK;
  return { packC: Math.min(PACK_CHARGE_TARGET_C, risen), heaterKWh: (heaterKW * minutes) / 60 };
}

/** The pack's heat capacity, kWh per kelvin, from its gross energy (≈ 6 kg/kWh at ≈ 0.9 kJ/(kg·K)). */
function packHeatCapacity(m: VehicleModel): number {
  return PACK_KWH_PER_K_PER_KWH * m.grossKWh;
}

/**
 * Pack voltage at a state of charge, V: from about 93 % of nominal when empty to 109 % when full
 * (the open-circuit curve of NMC cells, 3.4–4.0 V around a 3.65 V nominal).
 * @example packVoltageV(350, 50) // 353.5
 */
export function packVoltageV(nominalV: number, socPct: number): number {
  return nominalV * (0.93 + 0.16 * (socPct / 100));
}

/**
 * The most a DC charger delivers to this car at a state of charge, kW at the charger: its power rating,
 * or its current limit (rating ÷ 400 V) times the pack's voltage, whichever is lower. A 125 A "50 kW"
 * unit gives about 44 kW to a 350 V pack.
 */
export function dcChargerLimitKW(m: VehicleModel, chargerKW: number, socPct: number): number {
  return chargerLimitKW(m.charging.packVoltageV, chargerKW, socPct);
}

function chargerLimitKW(nominalV: number, chargerKW: number, socPct: number): number {
  const maxA = (chargerKW * 1000) / DEFAULTS.chargerRatedVoltageV;
  return Math.min(chargerKW, (maxA * packVoltageV(nominalV, socPct)) / 1000);
}

/**
 * DC power into the cells at a state of charge: the lower of the car's curve (derated for a cold battery)
 * and the charger's limit less the car's own losses, never below 0.5 kW. The one rule every DC time uses.
 */
function dcCellsKW(
  curve: readonly { socPct: number; kW: number }[],
  nominalV: number,
  chargerKW: number,
  socPct: number,
  derate = 1,
): { kW: number; chargerLimits: boolean } {
  const car = curvePowerKW(curve, socPct) * derate;
  const charger = chargerLimitKW(nominalV, chargerKW, socPct) * DEFAULTS.dcEfficiency;
  return { kW: Math.max(0.5, Math.min(car, charger)), chargerLimits: charger < car };
}

/**
 * Minutes for a warm-battery DC charge on a power curve, before any model exists: what the generic-curve
 * calibration compares with a maker's quoted time.
 * @example curveChargeMinutes([{ socPct: 0, kW: 50 }, { socPct: 100, kW: 50 }], 50, 350, 350, 0, 50) // ≈ 31
 */
export function curveChargeMinutes(
  curve: readonly { socPct: number; kW: number }[],
  usableKWh: number,
  nominalV: number,
  chargerKW: number,
  fromPct: number,
  toPct: number,
): number {
  return integrateCharge((soc) => dcCellsKW(curve, nominalV, chargerKW, soc).kW, usableKWh, fromPct, toPct);
}

/**
 * Integrates a charge from one state of charge to another in steps of `stepPct`: the battery-side power at
 * each step's middle, and a callback after each step (the pack's warming, a chart's points). Returns the
 * minutes. The one loop every charging time uses.
 */
function integrateCharge(
  kWAt: (socPct: number) => number,
  usableKWh: number,
  fromPct: number,
  toPct: number,
  onStep?: (socAfter: number, stepMinutes: number, kW: number, minutes: number) => void,
  stepPct = STEP_PCT,
): number {
  const kWhPerPct = usableKWh / 100;
  let minutes = 0;
  for (let soc = fromPct; soc < toPct - 1e-9; ) {
    const step = Math.min(stepPct, toPct - soc);
    const p = kWAt(soc + step / 2);
    const stepMinutes = ((step * kWhPerPct) / p) * 60;
    minutes += stepMinutes;
    soc += step;
    onStep?.(soc, stepMinutes, p, minutes);
  }
  return minutes;
}

/**
 * AC power the cells accept near full: the on-board charger's, falling linearly above `fromPct` (95 %
 * unless the car's quoted times say otherwise) to 30 % at 100 %.
 */
export function acTaperKW(fullKW: number, socPct: number, fromPct: number = DEFAULTS.acTaperFromPct): number {
  if (socPct <= fromPct) return fullKW;
  const t = (socPct - fromPct) / (100 - fromPct);
  return fullKW * (1 - (1 - DEFAULTS.acTaperEndShare) * Math.min(1, t));
}

/** Power into the cells from an AC supply of `gridKW`: less the charger's losses and the car's standby draw. */
function acCellsFromGridKW(gridKW: number): number {
  return gridKW * DEFAULTS.acEfficiency - DEFAULTS.acStandbyKW;
}

/**
 * Charging efficiency from the socket into the cells for AC at a supply's power (the car takes no more
 * than its on-board charger); by default the on-board charger at full power.
 */
export function acChargeEfficiency(m: VehicleModel, powerKW?: number): number {
  const obc = m.charging.acKW ?? 11;
  const p = powerKW === undefined ? obc : Math.min(powerKW, obc);
  return acCellsFromGridKW(p) / p;
}

/** Battery-side AC power at a charge: the on-board charger and the wall box, less losses, and the taper. */
function acCellsKW(obcKW: number, chargerKW: number, socPct: number, taperFromPct: number): number {
  const batteryKW = acCellsFromGridKW(Math.min(obcKW, chargerKW));
  return Math.max(0.1, Math.min(batteryKW, acTaperKW(obcKW * DEFAULTS.acEfficiency, socPct, taperFromPct)));
}

/**
 * Minutes an AC charge takes between two charges, for calibrating the taper to a maker's quoted times.
 * @example acChargeMinutes(11, 11, 50, 0, 80, 95) // ≈ 248
 */
export function acChargeMinutes(
  obcKW: number,
  chargerKW: number,
  usableKWh: number,
  fromPct: number,
  toPct: number,
  taperFromPct: number,
): number {
  return integrateCharge((soc) => acCellsKW(obcKW, chargerKW, soc, taperFromPct), usableKWh, fromPct, toPct);
}

/** A DC session as it runs: the pack's temperature and the heater's energy so far. */
interface DcState {
  packC: number;
  heaterKWh: number;
}

/**
 * Runs a DC charge from `fromPct` to `toPct` for a pack plugged in at `batteryTempC`, warming it after each
 * step at `rateScale` × the model's rates; `onStep` sees each step's power and whether the charger set it.
 * Returns the minutes and the pack's state at the end. The one DC loop: the session, its interval and the
 * trip planner's table.
 */
function runDc(
  m: VehicleModel,
  chargerKW: number,
  batteryTempC: number,
  fromPct: number,
  toPct: number,
  opts: {
    rateScale?: number;
    stepPct?: number;
    onPower?: (chargerLimits: boolean) => void;
    onStep?: (socAfter: number, stepMinutes: number, kW: number, minutes: number) => void;
  } = {},
): { minutes: number; state: DcState } {
  const peakKW = m.charging.dcPeakKW;
  if (!peakKW || m.charging.dcCurve.length === 0)
    throw new MissingFigureError(m.id, 'DC charging', 'none is published, so charge it on AC');
  const heatCapacity = packHeatCapacity(m);
  const state: DcState = { packC: batteryTempC, heaterKWh: 0 };
  const minutes = integrateCharge(
    (soc) => {
      const p = dcCellsKW(
        m.charging.dcCurve,
        m.charging.packVoltageV,
        chargerKW,
        soc,
        coldDerate(state.packC),
      );
      opts.onPower?.(p.chargerLimits);
      return p.kW;
    },
    m.usableKWh,
    fromPct,
    toPct,
    (soc, stepMinutes, p, total) => {
      const h = m.charging.preconditioning;
      const warmed = packWarmStep(heatCapacity, peakKW, h, state.packC, p, stepMinutes, opts.rateScale);
      state.packC = warmed.packC;
      state.heaterKWh += warmed.heaterKWh;
      opts.onStep?.(soc, stepMinutes, p, total);
    },
    opts.stepPct,
  );
  return { minutes, state };
}

/**
 * A charging session. DC integrates the car's power curve (measured or generic) capped by the charger
 * and derated for a cold battery; AC is limited by the on-board charger and the wall box, with losses.
 * A manufacturer's quoted time is never used: it comes out of the curve.
 *
 * @example
 * const m = vehicleModel(getVehicle('cooper-se-j01'));
 * chargeSession(m, { fromPct: 10, toPct: 80 }).minutes // ≈ 30 (minutes on the default 150 kW charger)
 * chargeSession(m, { fromPct: 20, toPct: 100, ac: true, chargerKW: 7.4 }).energyFromGridKWh // ≈ 45 (kWh)
 * @throws {InvalidInputError} naming toPct and fromPct when the end is not above the start, or a value out of range
 */
export function chargeSession(m: VehicleModel, input: ChargeInput = {}): ChargeResult {
  const { input: c, limited } = resolveInput<ResolvedCharge>(CHARGE_CONTRACT, carLimits(m), input);
  let limitCharger = 0;
  let steps = 0;
  const countPower = (chargerLimits: boolean) => {
    steps++;
    if (chargerLimits) limitCharger++;
  };
  // The chart's points, about one per percent, and the highest power on the way.
  let peak = 0;
  const series: ChargePoint[] = [];
  let nextMark = Math.floor(c.fromPct) + 1;
  const record = (soc: number, _stepMinutes: number, p: number, total: number) => {
    peak = Math.max(peak, p);
    if (soc >= nextMark - 1e-9 || soc >= c.toPct - 1e-9) {
      series.push({ minute: total, socPct: soc, kW: p });
      nextMark = Math.floor(soc + 1e-9) + 1;
    }
  };
  let carLimitKW: number;
  let minutes: number;
  let gridKWh: (kWh: number) => number;
  let dc: DcState | undefined;
  if (c.ac) {
    const obc = m.charging.acKW;
    if (!obc) throw new MissingFigureError(m.id, 'AC charging power', 'no on-board charger figure');
    carLimitKW = obc;
    const gridKW = Math.min(obc, c.chargerKW);
    const batteryKW = acCellsFromGridKW(gridKW);
    if (batteryKW <= 0) {
      const min = Math.ceil((DEFAULTS.acStandbyKW / DEFAULTS.acEfficiency) * 10) / 10 + 0.1;
      throw new InvalidInputError('chargerKW', c.chargerKW, `at least ${min} kW on AC`, {
        rule: 'range',
        min,
        max: 22,
        quantity: 'power',
      });
    }
    const chargerIsLimit = c.chargerKW < obc;
    const powerAt = (soc: number) => {
      const p = acCellsKW(obc, c.chargerKW, soc, m.charging.acTaperFromPct);
      // The wall box limits wherever the cells would take more than it gives (not in the taper).
      countPower(chargerIsLimit && p >= batteryKW);
      return p;
    };
    series.push({ minute: 0, socPct: c.fromPct, kW: powerAt(c.fromPct) });
    minutes = integrateCharge(powerAt, m.usableKWh, c.fromPct, c.toPct, record);
    // The car's standby draw runs for the whole session on top of the charger's losses.
    gridKWh = (kWh) => (kWh + (DEFAULTS.acStandbyKW * minutes) / 60) / DEFAULTS.acEfficiency;
  } else {
    const run = runDc(m, c.chargerKW, c.batteryTempC, c.fromPct, c.toPct, {
      onPower: countPower,
      onStep: record,
    });
    carLimitKW = m.charging.dcPeakKW!;
    const start = dcCellsKW(
      m.charging.dcCurve,
      m.charging.packVoltageV,
      c.chargerKW,
      c.fromPct,
      coldDerate(c.batteryTempC),
    );
    countPower(start.chargerLimits);
    series.unshift({ minute: 0, socPct: c.fromPct, kW: start.kW });
    minutes = run.minutes;
    dc = run.state;
    gridKWh = (kWh) => (kWh + run.state.heaterKWh) / DEFAULTS.dcEfficiency;
  }

  const kWhPerPct = m.usableKWh / 100;
  const energyToBatteryKWh = (c.toPct - c.fromPct) * kWhPerPct;
  const energyFromGridKWh = gridKWh(energyToBatteryKWh);
  const w =
    CHARGE_HALF_WIDTH *
    (!c.ac && m.charging.curveKind === 'generic' ? GENERIC_CURVE_WIDEN : 1) *
    (m.estimated ? ESTIMATED_WIDEN : 1);
  // A cold pack's warming is uncertain too: the interval spans the session with both warming rates at the
  // ends of their range.
  const cold = dc && c.batteryTempC < PACK_CHARGE_TARGET_C;
  const at = (rateScale: number) =>
    cold ? runDc(m, c.chargerKW, c.batteryTempC, c.fromPct, c.toPct, { rateScale }).minutes : minutes;
  const fastest = Math.min(minutes, at(PACK_WARMING_RANGE.high));
  const slowest = Math.max(minutes, at(PACK_WARMING_RANGE.low));
  return deepFreeze({
    vehicleId: m.id,
    minutes,
    minutesLow: fastest * (1 - w),
    minutesHigh: slowest * (1 + w),
    energyToBatteryKWh,
    energyFromGridKWh,
    energyFromGridKWhLow: energyFromGridKWh * (1 - ENERGY_HALF_WIDTH),
    energyFromGridKWhHigh: energyFromGridKWh * (1 + ENERGY_HALF_WIDTH),
    ...costOf(energyFromGridKWh, c.pricePerKWh),
    averagePowerKW: energyToBatteryKWh / (minutes / 60),
    peakPowerKW: peak,
    lossesKWh: energyFromGridKWh - energyToBatteryKWh,
    type: c.ac ? 'ac' : 'dc',
    limitedBy: limitCharger > steps / 2 ? ('charger' as const) : ('car' as const),
    chargerKW: c.chargerKW,
    carLimitKW,
    usablePowerKW: Math.min(c.chargerKW, carLimitKW),
    curveKind: m.charging.curveKind,
    batteryTempEndC: dc?.packC,
    packHeatingKWh: dc?.heaterKWh ?? 0,
    series,
    input: c,
    limited,
    assumptions: m.assumptions,
  });
}

/** A session's cost and its interval, billed on the energy drawn; none without a price. */
function costOf(kWh: number, price: number | undefined) {
  if (price === undefined) return { cost: undefined, costLow: undefined, costHigh: undefined };
  return {
    cost: kWh * price,
    costLow: kWh * (1 - ENERGY_HALF_WIDTH) * price,
    costHigh: kWh * (1 + ENERGY_HALF_WIDTH) * price,
  };
}

/**
 * Cumulative charging time from 0 % to each whole percent for one charger: the building block of the
 * trip planner (time from a to b = T[b] − T[a]).
 */
export function cumulativeChargeMinutes(
  m: VehicleModel,
  chargerKW: number,
  batteryTempC = 25,
  stepPct = 1,
): Float64Array {
  const n = Math.round(100 / stepPct);
  const out = new Float64Array(n + 1);
  let i = 0;
  runDc(m, chargerKW, batteryTempC, 0, 100, {
    stepPct,
    onStep: (_, _stepMinutes, _p, minutes) => {
      if (i < n) out[++i] = minutes;
    },
  });
  return out;
}
