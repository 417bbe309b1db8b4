import {
  assumptionNotes,
  CHARGE_CONTRACT,
  chargeCurveWords,
  chargeSession,
  dcChargerPoints,
  dcCurvePoints,
  formatChargePower,
  formatDuration,
  formatEnergy,
  formatInterval,
  formatMoney,
  getVehicle,
  packWarmingWords,
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
  const dc: DcCurve =
    m.charging.dcPeakKW && !i.ac
      ? {
          kind: m.charging.curveKind,
          curve: dcCurvePoints(m).map((p) => ({ x: p.socPct, y: p.kW })),
          charger: r
            ? {
                rated: formatChargePower(r.chargerKW),
                points: dcChargerPoints(m, r.chargerKW).map((p) => ({ x: p.socPct, y: p.kW })),
              }
            : undefined,
        }
      : undefined;
  if (!r) return { ok: false, problem: problem ?? FIX_FIELD, fields, dc };
  return {
    ok: true,
    rests: assumptionNotes(m, r.assumptions),
    minutes: formatDuration(r.minutes),
    minutesInterval: formatInterval(r.minutesLow, r.minutesHigh, formatDuration, r.minutes),
    toBattery: formatEnergy(r.energyToBatteryKWh),
    fromGrid: formatEnergy(r.energyFromGridKWh),
    cost:
      r.cost === undefined || r.costLow === undefined || r.costHigh === undefined
        ? undefined
        : {
            amount: formatMoney(r.cost),
            interval: formatInterval(r.costLow, r.costHigh, (x) => formatMoney(x), r.cost),
            price: formatMoney(r.input.pricePerKWh!),
          },
    averagePower: formatChargePower(r.averagePowerKW),
    limitedBy: r.limitedBy,
    curve: chargeCurveWords(r),
    packWarming: packWarmingWords(r, { system }),
    series: r.series.map((p) => ({ x: p.minute, y: p.socPct })),
    dc,
  };
}
