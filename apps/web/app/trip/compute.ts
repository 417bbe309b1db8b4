import {
  assumptionNotes,
  describeLimited,
  formatConsumption,
  getVehicle,
  planTrip,
  TRIP_CONTRACT,
  TRIP_NOT_POSSIBLE,
  toShown,
  tripChartWords,
  tripNotPossible,
  tripObstacleWords,
  tripSteps,
  tripSummary,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { labelOf } from '../../lib/contract-fields';
import { runCalc } from '../../lib/run';
import type { TripInputs, TripView } from './fields';

/** Core's answer for the form's inputs. Throws core's InvalidInputError for an input core refuses. */
export function tripResult(i: TripInputs) {
  return planTrip(vehicleModel(getVehicle(i.model)), {
    distanceKm: i.distance,
    speedKmh: i.speed,
    tempC: i.temp,
    startSocPct: i.start,
    arrivalSocPct: i.arrive,
    chargerKW: i.kw,
    chargerSpacingKm: i.spacing,
    stopOverheadMin: i.overhead,
  });
}

/**
 * The trip planner's result, computed and formatted by core. Runs at build time for the default inputs
 * and in the browser (loaded on demand) once the reader changes something.
 */
export function tripView(i: TripInputs, system: UnitSystem): TripView {
  const fmt = { system };
  const {
    result: plan,
    problem,
    fields,
  } = runCalc(false, () => tripResult(i), { contract: TRIP_CONTRACT, system });
  if (!plan) return { ok: false, problem: problem!, fields };
  if (!plan.feasible)
    return {
      ok: false,
      problem: tripNotPossible(plan, fmt),
      impossible: { head: TRIP_NOT_POSSIBLE, reason: tripObstacleWords(plan.obstacle, fmt) },
    };
  const summary = tripSummary(plan, fmt);
  return {
    ok: true,
    rests: assumptionNotes(vehicleModel(getVehicle(i.model)), plan.assumptions, fmt),
    total: summary.total,
    summary: summary.text,
    consumption: formatConsumption(plan.consumptionKWhPer100Km, fmt),
    notes: plan.limited.map((l) => describeLimited(l, system, labelOf(TRIP_CONTRACT))),
    plan: tripSteps(plan, fmt).map((step) => ({
      at: step.at,
      text: step.text,
      charge: step.kind === 'charge',
      ...(step.why ? { why: step.why } : {}),
    })),
    chart: {
      words: tripChartWords(fmt),
      points: plan.series.map((p) => ({ x: toShown('distance', p.km, system), y: p.socPct })),
    },
  };
}
