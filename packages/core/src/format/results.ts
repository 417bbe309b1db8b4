import type { ChargeResult } from '../calc/charging.js';
import type { RangeResult } from '../calc/range.js';
import { chargeChartWords, rangeChartWords } from './charts.js';
import {
  type FormatOptions,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatInterval,
  formatMass,
  formatMoney,
  formatPercent,
  formatSpeed,
  formatTemperature,
  formatWithInterval,
} from './index.js';
import { chargeCurveWords, formatChargeCost, packWarmingWords } from './words.js';

/** One labelled line of a calculator's answer, in the order and words every face lists it. */
export interface ResultLine {
  key: string;
  /** The line's label: "Time", "Energy". */
  label: string;
  value: string;
}

/** A charging session's answer in words, the same on every face (see {@link chargeSummary}). */
export interface ChargeSummary {
  /** "27 min". */
  time: string;
  /** The 80 % interval's ends: "22–32". */
  timeInterval: string;
  /** The time with its interval: "27 min (22–32)". */
  timeText: string;
  /** "DC 350 kW (the car takes at most 130 kW)". */
  charger: string;
  /** "10 % → 80 %". */
  window: string;
  toBattery: string;
  fromGrid: string;
  lost: string;
  /** "45.2 kWh into the battery, 46.6 kWh from the grid (1.4 kWh lost)". */
  energy: string;
  averagePower: string;
  /** "average 101 kW (peak 130 kW), limited by the car". */
  power: string;
  /** What set the power ({@link chargeCurveWords}). */
  curve: string;
  /** How a cold pack warmed ({@link packWarmingWords}); undefined when it was plugged in warm, or on AC. */
  battery: string | undefined;
  /** The session's cost when a price was given: its amount, interval's ends, the price and all of it in words. */
  cost: { amount: string; interval: string; price: string; text: string } | undefined;
  /** What to do to see a cost, when none was given a price. */
  costHint: string | undefined;
  /** Titles for the charts of charge against time and of power against charge ({@link chargeChartWords} has their axes and series too). */
  charts: { charge: string; power: string };
  /** The answer as labelled lines: time, charger, charge, energy, power, power from, battery, cost. */
  lines: ResultLine[];
}

/**
 * A charging session's answer in words, in the reader's units: the time with its interval, the energy, the
 * power and what limited it, how a cold pack warmed and the cost, with the labels every face lists them
 * under, so the site, the terminal app and the CLI say it alike.
 * @example chargeSummary(chargeSession(vehicleModel(getVehicle('cooper-se-j01')), {})).lines.map((l) => l.label).join(', ') // 'Time, Charger, Charge, Energy, Power, Power from'
 */
export function chargeSummary(r: ChargeResult, opts: FormatOptions = {}): ChargeSummary {
  const a = r.input;
  const power = (kW: number) => formatChargePower(kW, opts);
  const charger = `${r.type.toUpperCase()} ${power(r.chargerKW)}${r.carLimitKW < r.chargerKW ? ` (the car takes at most ${power(r.carLimitKW)})` : ''}`;
  const toBattery = formatEnergy(r.energyToBatteryKWh);
  const fromGrid = formatEnergy(r.energyFromGridKWh);
  const lost = formatEnergy(r.lossesKWh);
  const averagePower = power(r.averagePowerKW);
  const money = (x: number) => formatMoney(x, opts);
  const price = a.pricePerKWh;
  const cost =
    r.cost === undefined || r.costLow === undefined || r.costHigh === undefined || price === undefined
      ? undefined
      : {
          amount: money(r.cost),
          interval: formatInterval(r.costLow, r.costHigh, money, r.cost),
          price: money(price),
          text: `${formatChargeCost(r, opts)}, on the energy drawn`,
        };
  const words = chargeChartWords(r, opts);
  const s = {
    time: formatDuration(r.minutes),
    timeInterval: formatInterval(r.minutesLow, r.minutesHigh, formatDuration, r.minutes),
    timeText: formatWithInterval(r.minutes, r.minutesLow, r.minutesHigh, formatDuration),
    charger,
    window: `${formatPercent(a.fromPct)} → ${formatPercent(a.toPct)}`,
    toBattery,
    fromGrid,
    lost,
    energy: `${toBattery} into the battery, ${fromGrid} from the grid (${lost} lost)`,
    averagePower,
    power: `average ${averagePower} (peak ${power(r.peakPowerKW)}), limited by the ${r.limitedBy}`,
    curve: chargeCurveWords(r),
    battery: packWarmingWords(r, opts),
    cost,
    costHint: cost === undefined ? 'Give a price per kWh to see what the charge costs.' : undefined,
    charts: { charge: words.charge.title, power: words.power.title },
  };
  const lines: ResultLine[] = [
    { key: 'time', label: 'Time', value: s.timeText },
    { key: 'charger', label: 'Charger', value: s.charger },
    { key: 'window', label: 'Charge', value: s.window },
    { key: 'energy', label: 'Energy', value: s.energy },
    { key: 'power', label: 'Power', value: s.power },
    { key: 'curve', label: 'Power from', value: s.curve },
    ...(s.battery === undefined ? [] : [{ key: 'battery', label: 'Battery', value: s.battery }]),
    ...(cost === undefined ? [] : [{ key: 'cost', label: 'Cost', value: cost.text }]),
  ];
  return { ...s, lines };
}

/** A range answer in words, the same on every face (see {@link rangeSummary}). */
export interface RangeSummary {
  /** "240 km". */
  range: string;
  /** The 80 % interval's ends: "218–267". */
  rangeInterval: string;
  /** "240 km (218–267)". */
  rangeText: string;
  /** At the battery: "15.3 kWh/100 km". */
  consumption: string;
  consumptionInterval: string;
  /** From the socket at home, charging losses included. */
  plug: string;
  /** "15.3 kWh/100 km (13.7–16.8) at the battery, 16.9 kWh/100 km from the socket". */
  consumptionText: string;
  /** What was driven, in the reader's units: "steady 110 km/h" or the cycle. */
  driving: string;
  /** "20 °C, climate on" (and the payload when there is one). */
  conditions: string;
  /** "100 % → 0 %". */
  window: string;
  /** "36.6 kWh". */
  energy: string;
  /** Titles for the charts of range against speed and against temperature, at the speed or over the cycle ({@link rangeChartWords} has their axes and series too). */
  charts: { bySpeed: string; byTemp: string };
  /** The answer as labelled lines: range, consumption, driving, conditions, charge window, energy available. */
  lines: ResultLine[];
}

/**
 * A range answer in words, in the reader's units: the range and consumption with their intervals, what was
 * driven and in what conditions, with the labels every face lists them under.
 * @example rangeSummary(computeRange(vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 110 }), { system: 'imperial' }).driving // 'steady 68 mph'
 */
export function rangeSummary(r: RangeResult, opts: FormatOptions = {}): RangeSummary {
  const c = r.input;
  const dist = (x: number) => formatDistance(x, opts);
  const cons = (x: number) => formatConsumption(x, opts);
  const consumption = cons(r.consumptionKWhPer100Km);
  const consumptionInterval = formatInterval(
    r.consumptionKWhPer100KmLow,
    r.consumptionKWhPer100KmHigh,
    cons,
    r.consumptionKWhPer100Km,
  );
  const plug = cons(r.consumptionAtPlugKWhPer100Km);
  const driving = c.mode === 'steady' ? `steady ${formatSpeed(c.speedKmh, opts)}` : r.mode;
  const words = rangeChartWords(r, opts);
  const s = {
    range: dist(r.rangeKm),
    rangeInterval: formatInterval(r.rangeKmLow, r.rangeKmHigh, dist, r.rangeKm),
    rangeText: formatWithInterval(r.rangeKm, r.rangeKmLow, r.rangeKmHigh, dist),
    consumption,
    consumptionInterval,
    plug,
    consumptionText: `${consumption} (${consumptionInterval}) at the battery, ${plug} from the socket`,
    driving,
    conditions: `${formatTemperature(c.tempC, opts)}, climate ${c.climate ? 'on' : 'off'}${c.payloadKg > 0 ? `, ${formatMass(c.payloadKg, opts)} payload` : ''}`,
    window: `${formatPercent(c.fromPct)} → ${formatPercent(c.toPct)}`,
    energy: formatEnergy(r.energyAvailableKWh),
    charts: { bySpeed: words.bySpeed.title, byTemp: words.byTemp.title },
  };
  const lines: ResultLine[] = [
    { key: 'range', label: 'Range', value: s.rangeText },
    { key: 'consumption', label: 'Consumption', value: s.consumptionText },
    { key: 'driving', label: 'Driving', value: s.driving },
    { key: 'conditions', label: 'Conditions', value: s.conditions },
    { key: 'window', label: 'Charge window', value: s.window },
    { key: 'energy', label: 'Energy available', value: s.energy },
  ];
  return { ...s, lines };
}
