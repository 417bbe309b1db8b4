/**
 * Accuracy against published figures and the validation set. Each tolerance is written beside its check,
 * with the reason. The model is never tuned to these: it is calibrated to official cycle figures only.
 */
import { describe, expect, it } from 'vitest';
import { dataSet, getVehicle } from '../data/index.js';
import { isCalculable, vehicleModel } from '../model/vehicle-model.js';
import { accuracyReport } from '../validation/accuracy.js';
import { VALIDATION_CASES } from '../validation/cases.js';
import { chargeSession } from './charging.js';
import { calibrationRangeKm } from './model.js';
import { CYCLE_EFF_MAX, CYCLE_EFF_MIN } from './physics.js';
import { cycleRange } from './range.js';
import { CONSUMPTION_HALF_WIDTH, INTERVAL_SHARE } from './uncertainty.js';

const model = (id: string) => vehicleModel(getVehicle(id));
const within = (actual: number, expected: number, tolerance: number) =>
  expect(
    Math.abs(actual - expected) / expected,
    `${actual.toFixed(2)} vs ${expected} (±${tolerance * 100} %)`,
  ).toBeLessThanOrEqual(tolerance);

describe('calibration reproduces each official figure, or says why not', () => {
  it('the Ora R1 (NEDC) and the 2008 MINI E (maker’s claim) are calculable, labelled with their cycle', () => {
    expect(vehicleModel(getVehicle('ora-r1')).calibration.cycle).toBe('NEDC');
    const e = vehicleModel(getVehicle('mini-e-2008'));
    expect(e.calibration.basis).toMatch(/claimed range of 251 km/);
    expect(e.estimated).toBe(true);
  });
  it('the Ora R1 charges on DC: a peak estimated from the maker’s 5–80 % in 40 min, said, with a wider interval', () => {
    const r1 = vehicleModel(getVehicle('ora-r1'));
    expect(r1.charging.dcPeakKW).toBeGreaterThan(r1.charging.acKW ?? 0);
    expect(r1.assumptions.join(' ')).toMatch(/DC peak not published: estimated as \d+ kW/);
    const s = chargeSession(r1, { fromPct: 5, toPct: 80 });
    expect(s.type).toBe('dc');
    within(s.minutes, 40, 0.01);
    // Estimated and on a generic curve: wider than a car whose figures are all published on a generic one.
    const rel = (x: typeof s) => (x.minutesHigh - x.minutesLow) / x.minutes;
    expect(rel(s)).toBeGreaterThan(rel(chargeSession(model('cooper-e-j01'), { fromPct: 10, toPct: 80 })));
  });
  it('the 2008 MINI E drives on no more than its grid energy lets reach the cells, and so is within reach', () => {
    // At most 28 kWh from the grid for a full recharge: 0.9 × 35 kWh gross (31.5) would contradict it, and
    // put the claim out of physical reach (η below the bound, flagged).
    const e = vehicleModel(getVehicle('mini-e-2008'));
    expect(e.usableKWh).toBeLessThanOrEqual(28 * 0.9 + 1e-9);
    expect(e.usableKWh).toBeGreaterThan(20);
    expect(e.flags).toEqual([]);
  });
  // Tolerance 0.5 %: calibration is exact up to the bisection, unless the figure is out of physical reach.
  for (const v of dataSet.vehicles.filter(isCalculable)) {
    it(`${v.id}`, () => {
      const m = vehicleModel(v);
      // A WLTP car is checked through the range calculation; an NEDC (or claimed) one by driving the NEDC
      // trace itself, which the range contract does not offer as a choice.
      const r =
        m.calibration.cycle === 'WLTP'
          ? cycleRange(m, { cycle: 'wltp', tempC: 23, climate: false })
          : { rangeKm: calibrationRangeKm(m), assumptions: [...m.flags] };
      expect(m.drivetrainEff).toBeGreaterThanOrEqual(CYCLE_EFF_MIN - 1e-6);
      expect(m.drivetrainEff).toBeLessThanOrEqual(CYCLE_EFF_MAX + 1e-6);
      if (m.calibration.withinBounds) {
        within(r.rangeKm, m.wltpRangeKm, 0.005);
        expect(m.flags).toEqual([]);
      } else {
        // Out of reach: the model stays at a bound and the flag is the first thing its answers say.
        expect(m.flags).toHaveLength(1);
        expect(r.assumptions[0]).toBe(m.flags[0]);
        // The flag and the calibration note name the same range (a 225–234 span's 229.5 reads 230 in both).
        const km = m.flags[0]!.match(/range of (\d+) km/)?.[1];
        expect(km).toBeDefined();
        const note = m.assumptions.find((a) => a.startsWith('Calibrated to'));
        if (note?.includes(': ')) expect(note).toContain(`: ${km} km`);
        expect(
          Math.abs(m.drivetrainEff - CYCLE_EFF_MAX) < 1e-3 ||
            Math.abs(m.drivetrainEff - CYCLE_EFF_MIN) < 1e-3,
        ).toBe(true);
      }
    });
  }
  it('a lone "up to" WLTP figure is calibrated as a typical trim, 2 % below; a span at its middle', () => {
    const j01 = getVehicle('cooper-se-j01');
    const wltp = j01.efficiency.find((e) => e.cycle === 'WLTP')!;
    // The J01 SE as if only its "up to 402 km" were published.
    const upTo = vehicleModel(
      { ...j01, id: 'j01-up-to', efficiency: [{ cycle: 'WLTP', rangeKm: wltp.rangeKmHigh! }] },
      { donors: dataSet.vehicles },
    );
    expect(upTo.wltpRangeKm).toBeCloseTo(402 * 0.98, 6);
    expect(upTo.calibration.basis).toMatch(/up to/);
    expect(model('cooper-se-j01').wltpRangeKm).toBe((387 + 402) / 2);
    expect(model('cooper-se-f56').wltpRangeKm).toBe((225 + 234) / 2);
  });
  it('a rating marked as the best trim’s is calibrated as a typical trim, 2 % below; a plain figure is the target', () => {
    const v = getVehicle('countryman-e');
    const best = v.efficiency[0]!.rangeKmHigh!;
    // The Countryman E as if only its best trim's 462 km were published, marked as such.
    const marked = vehicleModel(
      { ...v, id: 'countryman-e-best', efficiency: [{ cycle: 'WLTP', rangeKm: best, trim: 'best' }] },
      { donors: dataSet.vehicles },
    );
    expect(marked.wltpRangeKm).toBeCloseTo(462 * 0.98, 6);
    // Without the mark and without its note's "up to", the same figure is the target itself.
    const plain = vehicleModel(
      {
        ...v,
        id: 'countryman-e-plain',
        efficiency: [{ cycle: 'WLTP', rangeKm: { ...best, note: undefined } }],
      },
      { donors: dataSet.vehicles },
    );
    expect(plain.wltpRangeKm).toBe(462);
  });
  it('the Countryman is calibrated at the middle of its published span, lowest UK trim to best trim', () => {
    expect(model('countryman-e').wltpRangeKm).toBe((430 + 462) / 2);
    expect(model('countryman-se-all4').wltpRangeKm).toBe((404 + 433) / 2);
    expect(model('countryman-se-all4').calibration.basis).toMatch(/middle of the WLTP span 404–433 km/);
  });
});

describe('a generic DC curve is scaled to the maker’s quoted DC time', () => {
  it('F56: MINI’s 0–80 % on a 50 kW charger in 35 min is reproduced (bisection, ±1 %)', () => {
    const m = model('cooper-se-f56');
    expect(m.charging.curveKind).toBe('generic');
    within(chargeSession(m, { fromPct: 0, toPct: 80, chargerKW: 50 }).minutes, 35, 0.01);
    expect(m.assumptions.join(' ')).toMatch(
      /0–80 % scaled × [\d.]+ to the maker’s 0–80 % on a 50 kW charger in 35 min/,
    );
  });
  it('F56: a second quote reaching further (0–100 % in 90 min) fits the tail above 80 %', () => {
    const m = model('cooper-se-f56');
    within(chargeSession(m, { fromPct: 0, toPct: 100, chargerKW: 50 }).minutes, 90, 0.01);
    // The first fit is untouched by the second.
    within(chargeSession(m, { fromPct: 0, toPct: 80, chargerKW: 50 }).minutes, 35, 0.01);
    expect(m.assumptions.join(' ')).toMatch(/80–100 % scaled × [\d.]+ to the maker’s 0–100 %/);
  });
  it('with no close relative, a logged curve lends the shape before a modelled one', () => {
    expect(model('cooper-se-f56').assumptions.join(' ')).toMatch(/measured MINI Countryman SE ALL4 taper/);
  });
  it('a car with the same pack and no quote of its own charges as the car it shares the pack with', () => {
    const conv = model('cooper-se-convertible');
    expect(conv.assumptions.join(' ')).toMatch(
      /quoted for the MINI Cooper SE \(F56\), which has the same battery/,
    );
    // The Convertible's 49 kW peak against the hatch's 50 kW: within a minute of the hatch's quoted 35.
    within(chargeSession(conv, { fromPct: 0, toPct: 80, chargerKW: 50 }).minutes, 35, 0.03);
  });
  it('F56 AC: the taper starts where the maker’s 0–80 % and 0–100 % times put it, within its bounds', () => {
    const m = model('cooper-se-f56');
    expect(m.charging.acTaperFromPct).toBeGreaterThanOrEqual(80);
    expect(m.charging.acTaperFromPct).toBeLessThan(95);
    const tail = chargeSession(m, { ac: true, fromPct: 80, toPct: 100, chargerKW: 11 }).minutes;
    within(tail, 60, 0.05);
    // A car without two quoted AC times keeps the default.
    expect(model('cooper-se-j01').charging.acTaperFromPct).toBe(95);
  });
  it('above the quoted end the reference’s own taper is kept: the F56 slows hard after 80 %', () => {
    const m = model('cooper-se-f56');
    const to80 = chargeSession(m, { fromPct: 70, toPct: 80, chargerKW: 150 });
    const to100 = chargeSession(m, { fromPct: 90, toPct: 100, chargerKW: 150 });
    expect(to100.averagePowerKW).toBeLessThan(to80.averagePowerKW / 2);
  });
  it('a car with a measured curve is left as measured', () => {
    expect(model('cooper-se-j01').assumptions.join(' ')).not.toMatch(/scaled to the maker/);
  });
});

describe('published checks of the physics (not used for calibration)', () => {
  it('F56: EPA city/highway consumption ratio within the 2022 label’s rounding of 0.840', () => {
    // EPA label 119 city / 100 highway MPGe → 100/119 = 0.840; whole-number rounding gives about ±0.008,
    // and EPA's 2022 test file gives 143.5/169.6 = 0.846. The model gives about 0.837 with EPA's full
    // three-term coast-down and FASTSim's regeneration fade (docs/model.md §2).
    const m = model('cooper-se-f56');
    const city = cycleRange(m, { cycle: 'udds', tempC: 23, climate: false }).consumptionKWhPer100Km;
    const hwy = cycleRange(m, { cycle: 'hwfet', tempC: 23, climate: false }).consumptionKWhPer100Km;
    expect(Math.abs(city / hwy - 100 / 119)).toBeLessThanOrEqual(0.008);
  });
  it('F56: its NEDC range, from a model calibrated on the WLTP alone, falls in the launch span of 235–270 km', () => {
    // MINI's launch figures were NEDC-correlated (measured on the WLTP, converted to the NEDC); the span is
    // by wheel size and equipment. The model drives the NEDC trace at its test mass and 25 °C.
    const m = model('cooper-se-f56');
    expect(m.calibration.cycle).toBe('WLTP');
    const nedc = getVehicle('cooper-se-f56').efficiency.find((e) => e.cycle === 'NEDC')!;
    const km = cycleRange(m, { cycle: 'nedc', tempC: 25, climate: false }).rangeKm;
    expect(km).toBeGreaterThanOrEqual(nedc.rangeKm!.value);
    expect(km).toBeLessThanOrEqual(nedc.rangeKmHigh!.value);
  });
  it('AAA 2019 cold split at −6.7 °C: about 12 % without climate and 41 % with it', () => {
    // AAA's dyno study averaged five cars, mostly with resistive heaters: we drive a resistive F56 over
    // 55 % city / 45 % highway. Tolerance ±3 and ±5 points: the five cars' own spread.
    const f56 = model('cooper-se-f56');
    const m = { ...f56, heatPump: false } as typeof f56;
    const drive = (tempC: number, climate: boolean) =>
      0.55 * cycleRange(m, { cycle: 'udds', tempC, climate }).rangeKm +
      0.45 * cycleRange(m, { cycle: 'hwfet', tempC, climate }).rangeKm;
    const mild = drive(23.9, false);
    expect(Math.abs((1 - drive(-6.7, false) / mild) * 100 - 12)).toBeLessThanOrEqual(3);
    expect(Math.abs((1 - drive(-6.7, true) / mild) * 100 - 41)).toBeLessThanOrEqual(5);
  });
});

describe('the Countryman’s 2026 update', () => {
  it('is calibrated on its own “up to” figures and comes out more efficient than the 2024 car on every road', () => {
    expect(model('countryman-e-2026').wltpRangeKm).toBeCloseTo(501 * 0.98, 6);
    expect(model('countryman-se-all4-2026').wltpRangeKm).toBeCloseTo(467 * 0.98, 6);
    expect(model('countryman-e-2026').usableKWh).toBe(65.2);
    for (const [now, before] of [
      ['countryman-e-2026', 'countryman-e'],
      ['countryman-se-all4-2026', 'countryman-se-all4'],
    ] as const) {
      expect(model(now).calibration.withinBounds, now).toBe(true);
      for (const cycle of ['udds', 'hwfet'] as const) {
        const c = (id: string) => cycleRange(model(id), { cycle, tempC: 23, climate: false });
        expect(c(now).consumptionKWhPer100Km, `${now} ${cycle}`).toBeLessThan(
          c(before).consumptionKWhPer100Km,
        );
      }
    }
  });
});

describe('heating follows the data set', () => {
  it('a car whose source documents a standard heat pump heats with it; one without is resistive and says so', () => {
    for (const id of ['cooper-se-f56', 'countryman-e', 'countryman-se-all4']) {
      expect(model(id).heatPump, id).toBe(true);
      expect(model(id).assumptions.join(' '), id).not.toMatch(/assumed resistive/);
    }
    expect(model('cooper-e-j01').heatPump).toBe(false);
    expect(model('cooper-e-j01').assumptions.join(' ')).toMatch(/Heating assumed resistive/);
    // The heat pump is what makes the Countryman's winter cheaper than a resistive twin's.
    const c = model('countryman-e');
    const resistive = { ...c, heatPump: false } as typeof c;
    const winter = { cycle: 'udds' as const, tempC: -5, climate: true };
    expect(cycleRange(c, winter).rangeKm).toBeGreaterThan(cycleRange(resistive, winter).rangeKm * 1.05);
  });
});

describe('the published validation set', () => {
  const report = accuracyReport();
  it('has at least 25 sourced cases, each with conditions, assumptions and an address', () => {
    expect(report.rows.length).toBeGreaterThanOrEqual(25);
    for (const { case: c } of report.rows) {
      expect(c.source.url).toMatch(/^https?:\/\//);
      expect(c.conditions.length).toBeGreaterThan(10);
      expect(c.assumptions.length).toBeGreaterThan(5);
      expect(c.tolerancePct).toBeGreaterThan(0);
      expect(dataSet.vehicles.some((v) => v.id === c.vehicleId)).toBe(true);
    }
  });
  it('energy at the plug follows the recharge the case metered: the US car’s 7.4 kW costs more than 11 kW', () => {
    const wall = VALIDATION_CASES.find((c) => c.id === 'f56-epa-udds-wall')!;
    const calc = wall.calc as Extract<typeof wall.calc, { kind: 'range' }>;
    expect(calc.parts[0]!.input.rechargeKW).toBe(7.4);
    const atCarCharger = {
      ...calc,
      parts: calc.parts.map(({ input: { rechargeKW: _, ...input }, share }) => ({ input, share })),
    };
    const [us, eu] = accuracyReport([wall, { ...wall, calc: atCarCharger }]).rows;
    // 0.93 − 0.3/7.4 = 0.889 against 0.93 − 0.3/11 = 0.903 from the socket to the cells (docs/model.md §6).
    expect(us!.predicted / eu!.predicted).toBeCloseTo(0.903 / 0.889, 2);
  });
  it('prints its accuracy and beats the naive method', () => {
    const out = report.rows.filter((r) => !r.withinTolerance).map((r) => r.case.id);
    console.log(
      `validation: ${report.rows.length} cases, mean absolute error ${report.meanAbsErrorPct.toFixed(1)} % (naive ${report.naiveMeanAbsErrorPct.toFixed(1)} %), ${report.withinTolerance} within tolerance, interval coverage ${(report.intervalCoverage * 100).toFixed(0)} % (nominal ${report.nominalCoverage * 100} %); outside tolerance: ${out.join(', ') || 'none'}`,
    );
    expect(report.meanAbsErrorPct).toBeLessThan(report.naiveMeanAbsErrorPct / 2);
    // A ceiling that guards against regressions; the goal (≤ 6 %) is reported above.
    expect(report.meanAbsErrorPct).toBeLessThan(7.5);
  });
  it('the intervals cover about their nominal share', () => {
    expect(report.intervalCoverage).toBeGreaterThanOrEqual(report.nominalCoverage - 0.1);
    expect(report.intervalCoverage).toBeLessThanOrEqual(report.nominalCoverage + 0.15);
  });
  it('the interval half-width is the 80th percentile of the consumption and range errors', () => {
    const errs = report.rows
      .filter((r) => r.case.calc.kind === 'range' && !vehicleModel(getVehicle(r.case.vehicleId)).estimated)
      .map((r) => Math.abs(r.errorPct) / 100)
      .sort((a, b) => a - b);
    const p80 = errs[Math.ceil(INTERVAL_SHARE * errs.length) - 1]!;
    expect(Math.abs(CONSUMPTION_HALF_WIDTH - p80)).toBeLessThanOrEqual(0.03);
  });
});

describe('charging times come out of the curve', () => {
  it('J01 Cooper SE 10–80 % on a fast charger: about 30 minutes ±5 % (measured curve)', () => {
    within(
      chargeSession(model('cooper-se-j01'), { fromPct: 10, toPct: 80, chargerKW: 150 }).minutes,
      30,
      0.05,
    );
  });
  it('Aceman SE 10–80 %: about 30 minutes ±10 % (generic curve from the same pack)', () => {
    within(chargeSession(model('aceman-se'), { fromPct: 10, toPct: 80, chargerKW: 150 }).minutes, 30, 0.1);
  });
  it('F56 0–80 % at 50 kW: 35 minutes ±20 % (generic curve)', () => {
    // ±20 %: no logged F56 curve is public; the generic C-rate taper is steeper than the F56's flat 50 kW.
    within(chargeSession(model('cooper-se-f56'), { fromPct: 0, toPct: 80, chargerKW: 50 }).minutes, 35, 0.2);
  });
  it('a 125 A "50 kW" charger gives about 44 kW to a 350 V pack', () => {
    const r = chargeSession(model('cooper-se-f56'), { fromPct: 20, toPct: 30, chargerKW: 50 });
    expect(r.peakPowerKW / 0.97).toBeGreaterThan(40);
    expect(r.peakPowerKW / 0.97).toBeLessThan(46);
  });
  it('AC slows near full (end-of-charge taper) and loses more at low power', () => {
    const m = model('cooper-e-j01');
    const body = chargeSession(m, { fromPct: 50, toPct: 60, ac: true });
    const top = chargeSession(m, { fromPct: 90, toPct: 100, ac: true });
    expect(top.minutes).toBeGreaterThan(body.minutes * 1.2);
    const slow = chargeSession(m, { fromPct: 20, toPct: 80, ac: true, chargerKW: 2.3 });
    const fast = chargeSession(m, { fromPct: 20, toPct: 80, ac: true, chargerKW: 11 });
    expect(slow.energyFromGridKWh).toBeGreaterThan(fast.energyFromGridKWh * 1.05);
  });
  it('every answer carries an interval around it, wider on a generic curve', () => {
    const measured = chargeSession(model('cooper-se-j01'), {});
    const generic = chargeSession(model('cooper-se-f56'), {});
    const rel = (r: typeof measured) => (r.minutesHigh - r.minutes) / r.minutes;
    expect(measured.minutesLow).toBeLessThan(measured.minutes);
    expect(rel(generic)).toBeGreaterThan(rel(measured));
  });
  it('F56 AC at 11 kW: 0–80 % in 2.5 h and 0–100 % in 3.5 h ±15 %', () => {
    // ±15 %: makers round AC times up and include the slow top-off; the model uses generic AC losses.
    within(chargeSession(model('cooper-se-f56'), { fromPct: 0, toPct: 80, ac: true }).minutes, 150, 0.15);
    within(chargeSession(model('cooper-se-f56'), { fromPct: 0, toPct: 100, ac: true }).minutes, 210, 0.15);
  });
  it('every manufacturer time in the data set is reproduced within 15 %', () => {
    for (const v of dataSet.vehicles.filter(isCalculable)) {
      // Every quoted DC time is a DC session: a car with no published peak gets one estimated from it.
      for (const t of v.charging?.manufacturerTimes ?? []) {
        const r = chargeSession(vehicleModel(v), {
          fromPct: t.fromPct,
          toPct: t.toPct,
          ac: t.type === 'ac',
          ...(t.chargerKW ? { chargerKW: t.type === 'dc' ? Math.max(t.chargerKW, 150) : t.chargerKW } : {}),
        });
        // ±15 % (±20 % on a generic DC curve): makers round their times.
        within(r.minutes, t.minutes.value, r.type === 'dc' && r.curveKind === 'generic' ? 0.2 : 0.15);
      }
    }
  });
});
