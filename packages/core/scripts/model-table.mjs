// Prints the per-car calibration and accuracy table used in docs/model.md: `node scripts/model-table.mjs`
import {
  calibrationRangeKm,
  chargeSession,
  cycleRange,
  dataSet,
  isCalculable,
  scenarioTable,
  steadySpeedRange,
  vehicleModel,
} from '../dist/index.js';

const r1 = (x) => x.toFixed(1);
const r0 = (x) => x.toFixed(0);
console.log(
  '| car | usable kWh | test mass kg | CdA m² | Crr | calibrated η | official km (cycle) | model km on it | EPA-style km | 90 km/h kWh/100 km | 120 km/h −10 °C km | DC 10–80 % min (curve) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const v of dataSet.vehicles.filter(isCalculable)) {
  const m = vehicleModel(v);
  const w = calibrationRangeKm(m);
  const epa = cycleRange(m, { cycle: 'epa', tempC: 23, climate: false });
  const s90 = steadySpeedRange(m, { speedKmh: 90, tempC: 18, climate: false });
  const cold = steadySpeedRange(m, { speedKmh: 120, tempC: -10 });
  const dc = m.charging.dcPeakKW ? chargeSession(m, { fromPct: 10, toPct: 80, chargerKW: 150 }) : undefined;
  console.log(
    `| ${v.id} | ${r1(m.usableKWh)} | ${r0(m.physical.testMassKg)} | ${m.physical.cdaM2.toFixed(3)} | ${m.physical.crr.toFixed(4)} | ${m.drivetrainEff.toFixed(3)} | ${r1(m.wltpRangeKm)} (${m.calibration.cycle}) | ${r0(w)}${m.flags.length ? ' (flagged)' : ''} | ${r0(epa.rangeKm)} | ${r1(s90.consumptionKWhPer100Km)} | ${r0(cold.rangeKm)} | ${dc ? `${r0(dc.minutes)} (${m.charging.curveKind})` : 'no DC'} |`,
  );
}
console.log('\nScenario table (km, full to empty):\n');
console.log('| car | city mild | highway mild | combined mild | city cold | highway cold | combined cold |');
console.log('|---|---|---|---|---|---|---|');
for (const v of dataSet.vehicles.filter(isCalculable)) {
  const t = scenarioTable(vehicleModel(v));
  const g = (s, w) => r0(t.find((r) => r.scenario === s && r.weather === w).rangeKm);
  console.log(
    `| ${v.id} | ${g('city', 'mild')} | ${g('highway', 'mild')} | ${g('combined', 'mild')} | ${g('city', 'cold')} | ${g('highway', 'cold')} | ${g('combined', 'cold')} |`,
  );
}
