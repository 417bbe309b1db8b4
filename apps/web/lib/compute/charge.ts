import {
  chargeSession,
  dcCurvePoints,
  formatChargePower,
  formatDuration,
  formatEnergy,
  getVehicle,
  vehicleModel,
} from '@mini-ev/core';
import type { ChargeInputs, ChargeView, DcCurve } from '../charge';
import { FIX_FIELD } from '../messages';
import { runCalc } from '../run';

/** The charging calculator's result, computed and formatted by core (at build time, or in the browser). */
export function chargeView(i: ChargeInputs): ChargeView {
  const m = vehicleModel(getVehicle(i.model));
  const { result: r, problem } = runCalc(i.invalid, () => {
    if (i.to <= i.from) throw new Error('The end charge must be above the start charge.');
    // On AC without a chosen power, the car's on-board charger sets the limit.
    const chargerKW = i.ac && !i.kwGiven ? undefined : i.kw;
    return chargeSession(m, {
      fromPct: i.from,
      toPct: i.to,
      ac: i.ac,
      batteryTempC: i.btemp,
      ...(chargerKW ? { chargerKW } : {}),
    });
  });
  const dc: DcCurve = m.charging.dcPeakKW
    ? {
        kind: m.charging.curveKind,
        curve: dcCurvePoints(m).map((p) => ({ x: p.socPct, y: p.kW })),
        chargerKW: r && !i.ac ? i.kw : undefined,
      }
    : undefined;
  if (!r) return { ok: false, problem: problem ?? FIX_FIELD, dc };
  return {
    ok: true,
    minutes: formatDuration(r.minutes),
    toBattery: formatEnergy(r.energyToBatteryKWh),
    fromGrid: formatEnergy(r.energyFromGridKWh),
    averagePower: formatChargePower(r.averagePowerKW),
    limitedBy: r.limitedBy,
    measured: r.curveKind === 'measured',
    series: r.series.map((p) => ({ x: p.minute, y: p.socPct })),
    dc,
  };
}
