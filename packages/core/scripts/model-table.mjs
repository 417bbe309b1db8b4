// The per-car calibration table and the scenario table in docs/model.md §10: `node scripts/model-table.mjs`
// (after `pnpm build`). test/docs.test.ts renders both again from the sources and fails when the page's
// copies are stale.
import { fileURLToPath } from 'node:url';

/** The Markdown rows of both tables, from a copy of @mini-ev/core (built or source). */
export function modelTables(core) {
  const {
    calibrationRangeKm,
    chargeSession,
    cycleRange,
    dataSet,
    isCalculable,
    scenarioTable,
    steadySpeedRange,
    vehicleModel,
  } = core;
  const r1 = (x) => x.toFixed(1);
  const r0 = (x) => x.toFixed(0);
  const cars = dataSet.vehicles.filter(isCalculable);
  const calibration = [
    '| car | usable kWh | test mass kg | CdA m² | Crr | calibrated η | official km (cycle) | model km on it | EPA-style km | 90 km/h kWh/100 km | 120 km/h −10 °C km | DC 10–80 % min (curve) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const v of cars) {
    const m = vehicleModel(v);
    const w = calibrationRangeKm(m);
    const epa = cycleRange(m, { cycle: 'epa', tempC: 23, climate: false });
    const s90 = steadySpeedRange(m, { speedKmh: 90, tempC: 18, climate: false });
    const cold = steadySpeedRange(m, { speedKmh: 120, tempC: -10 });
    const dc = m.charging.dcPeakKW ? chargeSession(m, { fromPct: 10, toPct: 80, chargerKW: 150 }) : undefined;
    calibration.push(
      `| ${v.id} | ${r1(m.usableKWh)} | ${r0(m.physical.testMassKg)} | ${m.physical.cdaM2.toFixed(3)} | ${m.physical.crr.toFixed(4)} | ${m.drivetrainEff.toFixed(3)} | ${r1(m.wltpRangeKm)} (${m.calibration.cycle}) | ${r0(w)}${m.flags.length ? ' (flagged)' : ''} | ${r0(epa.rangeKm)} | ${r1(s90.consumptionKWhPer100Km)} | ${r0(cold.rangeKm)} | ${dc ? `${r0(dc.minutes)} (${m.charging.curveKind})` : 'no DC'} |`,
    );
  }
  const scenarios = [
    '| car | city mild | highway mild | combined mild | city cold | highway cold | combined cold |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const v of cars) {
    const t = scenarioTable(vehicleModel(v));
    const g = (s, w) => r0(t.find((r) => r.scenario === s && r.weather === w).rangeKm);
    scenarios.push(
      `| ${v.id} | ${g('city', 'mild')} | ${g('highway', 'mild')} | ${g('combined', 'mild')} | ${g('city', 'cold')} | ${g('highway', 'cold')} | ${g('combined', 'cold')} |`,
    );
  }
  return { calibration, scenarios };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { calibration, scenarios } = modelTables(await import('../dist/index.js'));
  console.log(calibration.join('\n'));
  console.log('\nScenario table (km, full to empty):\n');
  console.log(scenarios.join('\n'));
}
