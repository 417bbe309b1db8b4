import {
  assumptionNotes,
  CHARGE_CONTRACT,
  chargeChartWords,
  chargeSession,
  chargeSummary,
  dcChargerPoints,
  dcCurvePoints,
  getVehicle,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { FIX_FIELD } from '../../lib/messages';
import { runCalc } from '../../lib/run';
import type { ChargeInputs, ChargeView, DcCurve } from './fields';

/** Core's answer for the form's inputs. Throws core's InvalidInputError for an input core refuses. */
export function chargeResult(i: ChargeInputs) {
  // Left empty, the charger power is the contract's default for the supply (DC or the car's AC).
  const chargerKW = i.kwGiven ? i.kw : undefined;
  return chargeSession(vehicleModel(getVehicle(i.model)), {
    fromPct: i.from,
    toPct: i.to,
    ac: i.ac,
    batteryTempC: i.btemp,
    ...(chargerKW ? { chargerKW } : {}),
    ...(i.price === undefined ? {} : { pricePerKWh: i.price }),
  });
}

/** The charging calculator's result, computed and formatted by core (at build time, or in the browser). */
export function chargeView(i: ChargeInputs, system: UnitSystem): ChargeView {
  const m = vehicleModel(getVehicle(i.model));
  const {
    result: r,
    problem,
    fields,
  } = runCalc(i.invalid, () => chargeResult(i), {
    contract: CHARGE_CONTRACT,
    system,
  });
  // On AC the DC curve does not apply, so it is not drawn.
  const charts = chargeChartWords({ curveKind: m.charging.curveKind, chargerKW: r?.chargerKW }, { system });
  const dc: DcCurve =
    m.charging.dcPeakKW && !i.ac
      ? {
          words: charts.power,
          curve: dcCurvePoints(m).map((p) => ({ x: p.socPct, y: p.kW })),
          charger: r
            ? { points: dcChargerPoints(m, r.chargerKW).map((p) => ({ x: p.socPct, y: p.kW })) }
            : undefined,
        }
      : undefined;
  if (!r) return { ok: false, problem: problem ?? FIX_FIELD, fields, dc };
  const say = chargeSummary(r, { system });
  return {
    ok: true,
    rests: assumptionNotes(m, r.assumptions, { system }),
    minutes: say.time,
    minutesInterval: say.timeInterval,
    minutesText: say.timeText,
    // The time is the big figure and the form shows the window, so neither is a line.
    lines: say.lines.filter((l) => l.key !== 'time' && l.key !== 'window'),
    costHint: say.costHint,
    chargeChart: charts.charge,
    series: r.series.map((p) => ({ x: p.minute, y: p.socPct })),
    dc,
  };
}
