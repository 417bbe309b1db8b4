import {
  type CycleChoice,
  cycleRange,
  describeLimited,
  formatConsumption,
  formatDistance,
  formatSpeed,
  formatTemperature,
  getVehicle,
  RANGE_CONTRACT,
  rangeBySpeed,
  rangeByTemperature,
  steadySpeedRange,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { labelOf } from '../contract-fields';
import type { RangeInputs, RangeView } from '../range';
import { runCalc } from '../run';
import { show } from '../show';

/** The range calculator's result, computed and formatted by core (at build time, or in the browser). */
export function rangeView(i: RangeInputs, system: UnitSystem): RangeView {
  const fmt = { system };
  const m = vehicleModel(getVehicle(i.model));
  // Everything but the speed and the temperature, which the two charts vary.
  const load = { fromPct: i.from, toPct: i.to, payloadKg: i.payload, climate: i.climate };
  const common = { ...load, tempC: i.temp };
  const { result: r, problem } = runCalc(
    false,
    () =>
      i.mode === 'steady'
        ? steadySpeedRange(m, { ...common, speedKmh: i.speed })
        : cycleRange(m, { ...common, cycle: i.mode as CycleChoice }),
    { contract: RANGE_CONTRACT, system },
  );
  if (!r) return { ok: false, problem: problem! };
  const b = r.breakdown;
  const dist = (km: number) => show.distance(km, system);
  const distUnit = system === 'imperial' ? 'miles' : 'km';
  const chartSpeed = i.mode === 'steady' ? r.input.speedKmh : 100;
  return {
    ok: true,
    range: formatDistance(r.rangeKm, fmt),
    consumption: formatConsumption(r.consumptionKWhPer100Km, fmt),
    plug: formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt),
    conditions: `${m.name}, ${i.mode === 'steady' ? formatSpeed(r.input.speedKmh, fmt) : i.mode.toUpperCase()}, ${formatTemperature(i.temp, fmt)}`,
    notes: r.limited.map((l) => describeLimited(l, system, labelOf(RANGE_CONTRACT))),
    breakdown: b
      ? (
          [
            ['Rolling resistance', b.rollingKWhPer100Km],
            ['Air resistance', b.aeroKWhPer100Km],
            ['Climbing', b.gradeKWhPer100Km],
            ['Motor and drivetrain losses', b.drivetrainLossKWhPer100Km],
            ['Heating or air conditioning', b.climateKWhPer100Km],
            ['Electronics', b.auxiliaryKWhPer100Km],
          ] as const
        ).map(([label, value]) => ({ label, value: value.toFixed(1) }))
      : undefined,
    bySpeed: {
      title: 'Range against speed',
      xLabel: system === 'imperial' ? 'mph' : 'km/h',
      yLabel: distUnit,
      points: rangeBySpeed(m, common).map((p) => ({
        x: show.speed(p.x, system),
        y: dist(p.rangeKm),
      })),
      markX: i.mode === 'steady' ? show.speed(r.input.speedKmh, system) : undefined,
    },
    byTemp: {
      title: `Range against temperature at ${formatSpeed(chartSpeed, fmt)}`,
      xLabel: system === 'imperial' ? '°F' : '°C',
      yLabel: distUnit,
      points: rangeByTemperature(m, { ...load, speedKmh: chartSpeed }).map((p) => ({
        x: show.temperature(p.x, system),
        y: dist(p.rangeKm),
      })),
      markX: show.temperature(i.temp, system),
    },
  };
}
