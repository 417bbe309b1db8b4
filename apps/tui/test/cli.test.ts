/** Every subcommand as a real process, as a script or a person would run it. Needs `pnpm build` (turbo runs it). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ACCURACY_COLUMNS,
  accuracyReport,
  accuracySummary,
  CAR_SECTIONS,
  COMPARE_SECTIONS,
  CONDITION_DEFAULTS,
  COST_DEFAULTS,
  CYCLE_NAMES,
  chargeSession,
  costSummary,
  dataSet,
  getMarket,
  getVehicle,
  marketPriceLines,
  marketPriceNotes,
  notCalculableNotice,
  packWarmingWords,
  planTrip,
  runningCost,
  specRows,
  steadySpeedRange,
  TRIP_DEFAULTS,
  tripSteps,
  tripSummary,
  vehicleModel,
} from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    input: '',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (args: string[]) => {
  const r = run([...args, '--json']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe('catalog commands', () => {
  it('models: a table and JSON with every id', () => {
    const t = run(['models']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/cooper-se-j01\s+MINI Cooper SE \(J01\)/);
    expect(json(['models']).map((m: { id: string }) => m.id)).toContain('ora-r1');
  });
  it('show: figures with their sources, disputed ones marked', () => {
    const t = run(['show', 'cooper-e-j01']);
    expect(t.out).toMatch(/DC peak\s+75 kW \(disputed\)\s+"75 kW"\s+edmunds/);
    expect(t.out).toMatch(/"95 kW" \(spotlight-first-cars\)/);
    const j = json(['show', 'rocketman-concept']);
    expect(j.calculable).toBe(false);
    expect(j.vehicle.battery).toBeUndefined();
    // Every figure's note and rating note, in core's words, as the car's page shows them.
    const ora = run(['show', 'ora-r1']).out;
    // Its sections under core's headings, as the site's car page and the terminal app's screen head them.
    for (const h of [CAR_SECTIONS.notes, CAR_SECTIONS.facts, CAR_SECTIONS.realWorld, CAR_SECTIONS.sources])
      expect(ora).toMatch(new RegExp(`^${h}$`, 'm'));
    for (const r of specRows(getVehicle('ora-r1')).filter((x) => x.notes.length))
      expect(ora).toContain(`  ${r.label} — ${r.notes.join('; ')}`);
    expect(ora).toContain('rating: Chinese NEDC-based rating');
    // Why there is nothing to calculate, in core's words.
    expect(run(['show', 'rocketman-concept']).out).toContain(
      notCalculableNotice(getVehicle('rocketman-concept'))!,
    );
  });
  it('compare: two to four cars', () => {
    const j = json(['compare', 'cooper-e-j01', 'cooper-se-j01']);
    expect(j.vehicles).toHaveLength(2);
    expect(j.rows.find((r: { key: string }) => r.key === 'powerKW')).toMatchObject({
      values: [135, 160],
      differs: true,
    });
    // The computed answers come first, each core's: the same number as the calculation it names.
    const f56 = vehicleModel(getVehicle('cooper-se-f56'));
    const uk = json(['compare', 'cooper-se-f56', 'cooper-se-j01', '--market', 'UK']);
    expect(uk.market).toBe('uk');
    const dc = uk.answers.find((r: { key: string }) => r.key === 'dc-10-80');
    expect(dc.values[0]).toBeCloseTo(
      chargeSession(f56, { fromPct: 10, toPct: 80, chargerKW: 150 }).minutes,
      2,
    );
    expect(dc).toMatchObject({ unit: 'min', better: 'lower' });
    const cost = uk.answers.find((r: { key: string }) => r.key === 'cost-year');
    expect(cost.values[0]).toBeCloseTo(runningCost(f56, { market: getMarket('uk') }).perYear, 2);
    expect(cost.unit).toBe('GBP');
    expect(cost.shown[0]).toMatch(/^£/);
    const city = uk.answers.find((r: { key: string }) => r.key === 'range-city-mild');
    expect(city.best).toEqual(['cooper-se-j01']);
    // Prices on different bases are different rows: never ranked against each other.
    expect(uk.answers.find((r: { key: string }) => r.key === 'price-after-grant').values[1]).toBeNull();
    const text = run(['compare', 'cooper-se-f56', 'cooper-se-j01', '--market', 'uk'], { COLUMNS: '200' });
    expect(text.out).toMatch(new RegExp(`${city.label}\\s+${city.shown[0]}\\s+${city.shown[1]} \\*`));
    expect(text.out.indexOf(COMPARE_SECTIONS.answers)).toBeGreaterThan(-1);
    expect(text.out.indexOf(COMPARE_SECTIONS.answers)).toBeLessThan(
      text.out.indexOf(COMPARE_SECTIONS.published),
    );
    const bad = run(['compare', 'cooper-se-f56', 'cooper-se-j01', '--market', 'xx']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--market: "xx" is not one of de, uk/);
    const one = run(['compare', 'cooper-e-j01']);
    expect(one.code).toBe(2);
    expect(one.err).toMatch(/expected 2 to 4 vehicle ids/);
  });
  it('history, sources and data', () => {
    const h = json(['history']);
    const dates = dataSet.timeline.map((e) => e.date).sort();
    expect(h[0].date).toBe(dates[0]);
    expect(h.map((e: { date: string }) => e.date)).toEqual(dates);
    expect(h.at(-1).date).toBe('2030');
    expect(json(['sources']).find((s: { id: string }) => s.id === 'evkx-se').supports.length).toBeGreaterThan(
      0,
    );
    const d = run(['data']);
    expect(JSON.parse(d.out).vehicles).toHaveLength(dataSet.vehicles.length);
  });
});

describe('calculator commands equal core', () => {
  const m = vehicleModel(getVehicle('cooper-se-j01'));
  it('range --speed with units', () => {
    const j = json(['range', 'cooper-se-j01', '--speed', '75mph', '--temp', '23F']);
    const core = steadySpeedRange(m, { speedKmh: 75 * 1.609344, tempC: -5 });
    expect(j.rangeKm).toBeCloseTo(core.rangeKm, 9);
    expect(j.consumptionKWhPer100Km).toBeCloseTo(core.consumptionKWhPer100Km, 9);
  });
  it('range --cycle', () => {
    const j = json(['range', 'cooper-se-f56', '--cycle', 'epa']);
    expect(j.cycle).toBe('epa');
    expect(j.rangeKm).toBeGreaterThan(150);
  });
  it('charge: the required fields', () => {
    const j = json(['charge', 'cooper-se-j01', '--from', '10', '--to', '80%']);
    const core = chargeSession(m, { fromPct: 10, toPct: 80 });
    expect(j.minutes).toBeCloseTo(core.minutes, 9);
    for (const k of ['energyToBatteryKWh', 'energyFromGridKWh', 'averagePowerKW'] as const)
      expect(j[k]).toBeCloseTo(core[k], 9);
    const ac = json([
      'charge',
      'cooper-se-j01',
      '--from',
      '20',
      '--to',
      '100',
      '--ac',
      '--charger-kw',
      '7.4kW',
    ]);
    expect(ac.type).toBe('ac');
    expect(ac.batteryTempEndC).toBeNull();
  });
  it('charge: a cold pack warms as it charges, in the JSON and in core’s words in the text', () => {
    const f56 = vehicleModel(getVehicle('cooper-se-f56'));
    const args = ['charge', 'cooper-se-f56', '--charger-kw', '50', '--temp', '32F'];
    const j = json(args);
    const core = chargeSession(f56, { chargerKW: 50, batteryTempC: 0 });
    expect(j.minutes).toBeCloseTo(core.minutes, 9);
    expect(j.batteryTempC).toBeCloseTo(0, 9);
    expect(j.batteryTempEndC).toBeCloseTo(core.batteryTempEndC!, 9);
    expect(j.batteryTempEndC).toBeGreaterThan(0);
    expect(j.packHeatingKWh).toBe(0);
    const text = run(args).out;
    // Core's line under core's label: the words after the label's padding are core's, whole.
    const line = text.split('\n').find((l) => l.startsWith('battery '));
    expect(line?.replace(/^battery +/, '')).toBe(packWarmingWords(core));
    // A warm pack has nothing to say about warming.
    expect(run(['charge', 'cooper-se-f56']).out).not.toMatch(/^battery /m);
  });
  it('cost: per 100 km, per year and the comparison', () => {
    const j = json([
      'cost',
      'cooper-e-j01',
      '--fuel-consumption',
      '6',
      '--fuel-price',
      '1.8',
      '--price-difference',
      '3000',
    ]);
    expect(j.per100Km).toBeGreaterThan(0);
    expect(j.perYear).toBeCloseTo(j.per100Km * 120, 6);
    expect(j.comparison.perYear).toBeCloseTo(6 * 1.8 * 120, 6);
    expect(j.comparison.breakEvenYears).toBeGreaterThan(0);
    // Left out, the comparison takes the contract's defaults, as the site and the library do.
    const d = json(['cost', 'cooper-e-j01']);
    expect(d.comparison.per100Km).toBeCloseTo(COST_DEFAULTS.litresPer100Km * COST_DEFAULTS.pricePerLitre, 9);
    expect(d.comparison.breakEvenYears).toBeNull();
    expect(d.input).toEqual(runningCost(vehicleModel(getVehicle('cooper-e-j01'))).input);
  });
  it('cost --market: the market’s currency and sourced prices, equal to core, a given price winning', () => {
    const uk = getMarket('uk');
    const j = json(['cost', 'cooper-e-j01', '--market', 'UK']);
    const core = runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: uk });
    expect(j.market).toBe('uk');
    expect(j.currency).toBe('GBP');
    expect(j.perYear).toBeCloseTo(core.perYear, 9);
    expect(j.input.homePricePerKWh).toBe(uk.prices.homeElectricity!.value);
    expect(j.marketDefaults.map((d: { field: string }) => d.field)).toContain('pricePerLitre');
    const text = run(['cost', 'cooper-e-j01', '--market', 'uk', '--units', 'imperial']).out;
    expect(text).toMatch(/^electric\s+£\d+\.\d\d per 100 mi · £[\d,]+ a year$/m);
    // Each price taken from the market, in core's words (as the site lists them).
    const notes = marketPriceNotes(core, uk, { system: 'imperial' });
    expect(notes.length).toBeGreaterThan(2);
    for (const n of notes) expect(text).toContain(n.text);
    expect(text).toMatch(/UK gal/);
    expect(
      json(['cost', 'cooper-e-j01', '--market', 'uk', '--home-price', '0.1']).input.homePricePerKWh,
    ).toBe(0.1);
    // No market: no currency, as before (scripts relying on the old shape see null, not a missing key).
    expect(json(['cost', 'cooper-e-j01']).currency).toBeNull();
    // A euro market's amounts read like every other number of the answer: "€1,405", never "1.405 €".
    const de = run(['cost', 'cooper-e-j01', '--market', 'de', '--price-difference', '3000']).out;
    expect(de).toMatch(/^electric\s+€\d+\.\d\d per 100 km · €[\d,]+ a year$/m);
    expect(de).toMatch(/^petrol\s+€\d+\.\d\d per 100 km · €\d{1,3},\d{3} a year$/m);
    expect(de).not.toMatch(/\d\s?€/);
  });
  it('cost --market: a price the market has no source for is asked for, and an unknown market is refused', () => {
    const cn = run(['cost', 'cooper-e-j01', '--market', 'cn']);
    expect(cn.code).toBe(2);
    expect(cn.err).toMatch(/--public-price is needed: .*China/);
    expect(run(['cost', 'cooper-e-j01', '--market', 'cn', '--public-price', '1.5']).code).toBe(0);
    const bad = run(['cost', 'cooper-e-j01', '--market', 'xx']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(`mini-ev: --market: "xx" is not one of de, uk, nl, fr, us, cn.\n`);
  });
  it('a choice flag is refused in core’s words, the same for a contract field (--fuel) and a flag of the CLI', () => {
    const cycle = run(['range', 'cooper-se-f56', '--cycle', 'xyz']);
    expect(cycle.code).toBe(2);
    expect(cycle.err).toBe(`mini-ev: --cycle: "xyz" is not one of ${CYCLE_NAMES.join(', ')}.\n`);
    const fuel = run(['cost', 'cooper-se-f56', '--fuel', 'xyz']);
    expect(fuel.code).toBe(2);
    expect(fuel.err).toBe('mini-ev: --fuel: "xyz" is not one of petrol, diesel.\n');
    const units = run(['models', '--units', 'furlongs', '--json']);
    expect(units.code).toBe(2);
    expect(JSON.parse(units.err.trim().split('\n').at(-1)!).error).toEqual({
      flag: '--units',
      value: 'furlongs',
      allowed: 'one of metric, imperial',
      message: '--units: "furlongs" is not one of metric, imperial.',
    });
  });
  it('markets: every market with its dated prices, and JSON equal to the data set', () => {
    const t = run(['markets']);
    expect(t.code).toBe(0);
    for (const m of dataSet.markets) expect(t.out).toContain(m.name);
    expect(t.out).toMatch(/not sourced/);
    expect(json(['markets'])).toEqual(JSON.parse(JSON.stringify(dataSet.markets)));
  });
  it('markets and cost: a price the sources disagree on is marked, with core’s words for the dispute', () => {
    const wide = run(['markets', '--wide']);
    const diesel = marketPriceLines(getMarket('us')).find((l) => l.key === 'diesel')!;
    expect(diesel.disputed).toBeDefined();
    // Core's entry whole after the label: value, date, publisher, then the dispute.
    const us = wide.out.slice(wide.out.indexOf('\nus '));
    const line = us.split('\n').find((l) => l.trimStart().startsWith('Diesel'))!;
    expect(line.replace(/^ +Diesel +/, '')).toBe(diesel.said);
    expect(diesel.said).toMatch(/^US\$0\.993 per L \(2024, Rigzone\), disputed\. Also given/);
    // A price no source we hold states says so, in core's words.
    const cn = marketPriceLines(getMarket('cn')).find((l) => l.key === 'publicFastCharging')!;
    expect(wide.out).toContain(`Public fast charging ${cn.said}`);
    // In a narrow terminal a long entry wraps under its own text, not under the label.
    const narrow = run(['markets'], { COLUMNS: '80' }).out;
    const at = narrow.split('\n').findIndex((l) => l.startsWith('  Diesel') && l.includes('disputed'));
    const rest = narrow.split('\n').slice(at + 1, at + 4);
    const indent = narrow.split('\n')[at]!.indexOf('US$');
    for (const l of rest) {
      expect(l.length).toBeLessThanOrEqual(80);
      expect(l.slice(0, indent).trim()).toBe('');
      expect(l[indent]).not.toBe(' ');
    }
    // The cost that uses the price says so beside it, in the same words.
    const cost = run(['cost', 'countryman-e', '--market', 'us', '--fuel', 'diesel', '--wide']);
    expect(cost.code).toBe(0);
    expect(cost.out).toContain(`disputed. ${diesel.disputed}`);
    // A price no source disputes carries no mark.
    expect(run(['cost', 'countryman-e', '--market', 'us', '--wide']).out).not.toContain('disputed');
  });
  it('trip: the required fields, equal to core', () => {
    const j = json([
      'trip',
      'cooper-se-j01',
      '--distance',
      '600km',
      '--speed',
      '120',
      '--charger-spacing',
      '60',
      '--charger-kw',
      '150',
    ]);
    const core = planTrip(m, { distanceKm: 600, speedKmh: 120, chargerSpacingKm: 60, chargerKW: 150 });
    if (!core.feasible) throw new Error('expected a plan');
    expect(j.totalMinutes).toBeCloseTo(core.totalMinutes, 9);
    expect(j.drivingMinutes).toBeCloseTo(300, 9);
    expect(j.chargingMinutes).toBeCloseTo(core.chargingMinutes, 9);
    expect(j.stops).toHaveLength(core.stops.length);
    expect(j.stopCount).toBe(core.stops.length);
  });
  it('trip: each stop says why it is there, in core’s words, and the JSON carries what the words rest on', () => {
    const ora = vehicleModel(getVehicle('ora-r1'));
    const core = planTrip(ora, { distanceKm: 500 });
    if (!core.feasible) throw new Error('expected a plan');
    const j = json(['trip', 'ora-r1', '--distance', '500']);
    expect(j.stops.map((x: { needed: boolean; nextKm: number }) => [x.needed, x.nextKm])).toEqual(
      core.stops.map((x) => [x.needed, x.nextKm]),
    );
    const text = run(['trip', 'ora-r1', '--distance', '500']).out;
    const whys = tripSteps(core).filter((x) => x.kind === 'charge');
    expect(whys.length).toBe(core.stops.length);
    for (const w of whys) expect(text).toContain(`${w.at}  ${w.why}`);
    // The headline figures are core's words, as the site and the terminal app give them.
    const summary = tripSummary(core);
    expect(text).toMatch(new RegExp(`total +${summary.total}`));
    expect(text).toContain(`charging        ${summary.charging}`);
    expect(text).toContain(`arrival charge  ${summary.arrival}`);
    // The first stop, made with a third of the battery left, is the one a reader would ask about.
    expect(text).toMatch(
      /stop 1 {2}Needed: without it the next charger, 60 km on, would be reached with only [\d.]+ %/,
    );
  });
  it('left out, every value is core’s default: the command and the library agree', () => {
    const j = json(['trip', 'cooper-se-j01', '--distance', '700']);
    const core = planTrip(m, { distanceKm: 700 });
    if (!core.feasible) throw new Error('expected a plan');
    expect(j.totalMinutes).toBeCloseTo(core.totalMinutes, 9);
    expect(j.speedKmh).toBe(TRIP_DEFAULTS.speedKmh);
    expect(j.chargerKW).toBe(TRIP_DEFAULTS.chargerKW);
    const r = json(['range', 'cooper-se-f56', '--speed', '100']);
    expect(r.rangeKm).toBeCloseTo(
      steadySpeedRange(vehicleModel(getVehicle('cooper-se-f56')), { speedKmh: 100 }).rangeKm,
      9,
    );
    expect(r.tempC).toBe(CONDITION_DEFAULTS.tempC);
    const c = json(['cost', 'cooper-e-j01']);
    expect(c.per100Km).toBeCloseTo(runningCost(vehicleModel(getVehicle('cooper-e-j01'))).per100Km, 9);
  });
  it('range and charge carry their 80 % intervals beside the answers (core’s)', () => {
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    const r = json(['range', 'cooper-se-f56', '--speed', '120', '--temp', '-5']);
    const core = steadySpeedRange(m, { speedKmh: 120, tempC: -5 });
    expect(r.rangeKmLow).toBeCloseTo(core.rangeKmLow, 9);
    expect(r.rangeKmHigh).toBeCloseTo(core.rangeKmHigh, 9);
    expect(r.consumptionKWhPer100KmLow).toBeLessThan(r.consumptionKWhPer100Km);
    expect(r.consumptionKWhPer100KmHigh).toBeGreaterThan(r.consumptionKWhPer100Km);
    const c = json(['charge', 'cooper-se-f56']);
    const cc = chargeSession(m);
    expect(c.minutesLow).toBeCloseTo(cc.minutesLow, 9);
    expect(c.minutesHigh).toBeCloseTo(cc.minutesHigh, 9);
  });
  it('accuracy: the validation set, case by case, with the summary core computes', () => {
    const a = json(['accuracy']);
    const core = accuracyReport();
    expect(a.cases).toBe(core.rows.length);
    expect(a.meanAbsErrorPct).toBeCloseTo(core.meanAbsErrorPct, 9);
    expect(a.rows[0].source.url).toBe(core.rows[0]!.case.source.url);
    const text = run(['accuracy']).out;
    const s = accuracySummary(core);
    for (const line of [s.meanAbsError, s.against, s.withinTolerance, s.coverage, s.naiveMethod])
      expect(text).toContain(line);
    // Headed with core's column names, wide as a table and narrow as labelled lines.
    const wide = run(['accuracy', '--wide']).out.split('\n')[0]!;
    expect(wide.trim().split(/\s{2,}/)).toEqual(ACCURACY_COLUMNS.map((c) => c.label));
    const narrow = run(['accuracy'], { COLUMNS: '60' }).out;
    for (const c of ACCURACY_COLUMNS.slice(1))
      expect(narrow).toMatch(new RegExp(`^  ${c.label.replace(/[()]/g, '\\$&')}\\s`, 'm'));
  });
  it('an impossible trip explains itself and exits 1', () => {
    const r = run([
      'trip',
      'cooper-se-f56',
      '--distance',
      '500',
      '--charger-spacing',
      '300',
      '--temp',
      '-10',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Not possible: .*300 km/);
    // The reason in the reader's units; the JSON keeps the obstacle's figures in metric.
    const args = ['trip', 'cooper-se-f56', '--distance', '500', '--charger-spacing', '300', '--temp', '-10'];
    expect(run([...args, '--units', 'imperial']).out).toMatch(/Not possible: .*186 mi away/);
    const j = run([...args, '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out).obstacle).toMatchObject({
      kind: 'start',
      targetKm: 300,
      target: 'first charger',
    });
  });
  it('imperial tables, metric JSON', () => {
    expect(run(['range', 'cooper-se-j01', '--speed', '70mph', '--units', 'imperial']).out).toMatch(
      /range\s+\d+ mi/,
    );
    expect(json(['range', 'cooper-se-j01', '--speed', '70mph', '--units', 'imperial']).speedKmh).toBeCloseTo(
      112.65,
      2,
    );
  });
  it('what an answer rests on is in the reader’s units too', () => {
    // The Countryman E's assumptions name a borrowed mass and its WLTP span: pounds and miles here.
    for (const cmd of ['range', 'charge', 'cost', 'trip']) {
      const args = cmd === 'trip' ? [cmd, 'countryman-e', '--distance', '300mi'] : [cmd, 'countryman-e'];
      const out = run([...args, '--units', 'imperial']).out;
      const rests = out.slice(out.indexOf('assumes'));
      expect(rests, cmd).toMatch(/4,409 lb in running order/);
      expect(rests, cmd).toMatch(/WLTP span 267–287 mi/);
      expect(rests, cmd).not.toMatch(/\d (km|kg)\b/);
    }
    expect(run(['show', 'countryman-e', '--units', 'imperial']).out).toMatch(/WLTP span 267–287 mi/);
  });
});

describe('bad input: exit 2 with a message naming what was wrong', () => {
  it.each([
    [['show', 'cooper-se'], /Unknown vehicle id "cooper-se"\. Did you mean: cooper-se-f56, cooper-se-j01/],
    [['show', 'nope'], /^mini-ev: Unknown vehicle id "nope"\. Run `mini-ev models` for the list\.\n$/],
    [
      ['range', 'cooper-se-f56', '--speed', 'fast'],
      /--speed: "fast" is not valid; expected a number in km\/h/,
    ],
    [
      ['range', 'cooper-se-f56', '--speed', '300'],
      /^mini-ev: --speed: 300 is out of range; allowed 5 to 250 km\/h\.\n$/,
    ],
    [
      ['range', 'cooper-se-f56', '--speed', '200mph'],
      /^mini-ev: --speed: 200mph is out of range; allowed 5 to 250 km\/h\.\n$/,
    ],
    [['range', 'cooper-se-f56', '--speed', '100', '--cycle', 'wltp'], /--speed or --cycle, not both/],
    [
      ['range', 'cooper-se-f56', '--temp', '-50', '--units', 'imperial'],
      /--temp: -50 is out of range; allowed -22 to 113 °F/,
    ],
    [
      ['range', 'cooper-se-f56', '--cycle', 'cltc'],
      /--cycle: "cltc" is not one of wltp, udds, hwfet, epa, nedc\./,
    ],
    [
      ['charge', 'cooper-se-f56', '--from', '80', '--to', '20'],
      /--to must be above --from \(got --to 20, --from 80\)/,
    ],
    [['charge', 'cooper-se-f56', '--to', '5'], /--to must be above --from \(got --to 5, --from 10 %\)/],
    [
      ['charge', 'cooper-se-f56', '--temp', '-50'],
      /^mini-ev: --temp: -50 is out of range; allowed -30 to 60 °C\.\n$/,
    ],
    [
      ['charge', 'cooper-se-f56', '--ac', '--charger-kw', '150'],
      /--charger-kw: 150 is out of range; allowed 1.4 to 22 kW/,
    ],
    [['trip', 'cooper-se-j01', '--distance', '-5'], /--distance: -5 is out of range; allowed 1 to 10000 km/],
    [['trip', 'cooper-se-j01', '--chargers', '-5'], /^mini-ev: --chargers: -5 km is out of range/],
    [['range', 'cooper-se-j01', '--bogus'], /^mini-ev: unknown option '--bogus'/],
    [['range', 'rocketman-concept', '--speed', '90'], /concept/],
    [['models', '--units', 'furlongs'], /--units: "furlongs" is not one of metric, imperial\./],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^mini-ev: /); // one style for every error, commander's included
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out).toBe('');
  });
});

describe('errors with --json', () => {
  it('are also written as one JSON object on stderr, naming the flag as typed', () => {
    const r = run(['range', 'cooper-se-f56', '--speed', '200mph', '--json']);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^mini-ev: --speed: 200mph is out of range/);
    expect(JSON.parse(lines[1]!)).toEqual({
      error: {
        flag: '--speed',
        value: '200mph',
        allowed: 'a number from 5 to 250',
        message: '--speed: 200mph is out of range; allowed 5 to 250 km/h.',
      },
    });
    expect(r.out).toBe('');
  });
  it.each([
    [['range', 'cooper-se-f56', '--cycle', 'wltc'], '--cycle', 'wltc', /^one of wltp, udds/],
    [['range', 'cooper-se-f56', '--speed', 'fast'], '--speed', 'fast', /^a number in km\/h/],
    [['range', 'cooper-se-f56', '--speed', '90', '--cycle', 'udds'], '--cycle', 'udds', /not both/],
    [['range', 'cooper-se-j0l'], null, 'cooper-se-j0l', /mini-ev models/],
  ])('%j names the flag, the value given and what is allowed', (args, flag, value, allowed) => {
    const r = run([...args, '--json']);
    expect(r.code).toBe(2);
    const error = JSON.parse(r.err.trim().split('\n')[1]!).error;
    expect(error).toMatchObject({ flag, value });
    expect(error.allowed).toMatch(allowed);
    expect(error.message).toBe(r.err.split('\n')[0]!.replace(/^mini-ev: /, ''));
  });
});

describe('without a terminal', () => {
  it('no arguments prints help and a summary, never Ink', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: mini-ev/);
    expect(r.out).toMatch(/cooper-se-j01/);
    expect(r.err).toBe('');
  });
  it('--help on each subcommand', () => {
    // Every subcommand the program defines.
    for (const c of buildProgram().commands.map((x) => x.name())) {
      const r = run([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(new RegExp(`Usage: mini-ev ${c}`));
    }
  });
  it('a reader that closes the pipe early (| head) is not an error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" data | head -c 10`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('{\n  "versi');
    expect(r.stderr).toBe('');
  });
  it('writes no colour codes when piped or with NO_COLOR', () => {
    expect(run(['show', 'cooper-se-j01'], { NO_COLOR: '1' }).out).not.toContain('\x1b[');
    expect(run(['models']).out).not.toContain('\x1b[');
  });
});

describe('a CLI that reads like a good man page', () => {
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
  // A line that is one web address alone is left for the terminal to fold, so it stays one address.
  const widestProse = (text: string) =>
    widest(
      text
        .split('\n')
        .filter((l) => !/^\s*https?:\/\/\S+$/.test(l))
        .join('\n'),
    );
  it('fits $COLUMNS: sources and show print no line wider than 80 columns, and --wide prints them whole', () => {
    for (const args of [['sources'], ['show', 'cooper-se-j01'], ['models'], ['history'], ['accuracy']]) {
      const r = run(args, { COLUMNS: '80' });
      expect(r.code, args.join(' ')).toBe(0);
      expect(widestProse(r.out), args.join(' ')).toBeLessThanOrEqual(80);
    }
    // Nothing is lost when it wraps: every source's address is still there, whole on its own line.
    const narrow = run(['sources'], { COLUMNS: '80' }).out;
    const lines = narrow.split('\n').map((l) => l.trim());
    for (const s of json(['sources']).filter((x: { url?: string }) => x.url)) expect(lines).toContain(s.url);
    const accuracy = run(['accuracy'], { COLUMNS: '60' }).out.split('\n');
    for (const r of json(['accuracy']).rows) {
      expect(accuracy.map((l) => l.trim())).toContain(r.source.url);
      // One figure a line when the table does not fit: the error is never parted from its label.
      expect(accuracy.some((l) => /^\s+error\s+[−+]\d/.test(l))).toBe(true);
    }
    expect(widest(run(['sources', '--wide'], { COLUMNS: '80' }).out)).toBeGreaterThan(80);
  });
  it('help <command>, and a suggestion for a mistyped command', () => {
    const h = run(['help', 'range']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/Usage: mini-ev range \[options\] <id>/);
    expect(h.out).toMatch(/--speed <value>/);
    const typo = run(['rnage', 'cooper-se-j01']);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^mini-ev: unknown command 'rnage'\. Did you mean range\?/);
  });
  it('ids and cycle names are read case-insensitively; data takes --json', () => {
    expect(json(['range', 'COOPER-SE-J01', '--cycle', 'WLTP']).rangeKm).toBe(
      json(['range', 'cooper-se-j01', '--cycle', 'wltp']).rangeKm,
    );
    expect(json(['show', 'Cooper-SE-F56']).vehicle.id).toBe('cooper-se-f56');
    expect(json(['data']).vehicles.length).toBe(json(['models']).length);
  });
  it('a write error is one line and exit 1, not a stack trace', () => {
    const r = spawnSync(
      'sh',
      ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} data > /dev/full`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('mini-ev: could not write the output (ENOSPC)\n');
  });
  it('running cost reads per 100 mi in imperial', () => {
    expect(run(['cost', 'cooper-e-j01', '--units', 'imperial']).out).toMatch(
      /^electric\s+\d+\.\d\d per 100 mi · /m,
    );
  });
});

describe('JSON that scripts can rely on', () => {
  it('absent figures are null, the years on sale the same object as in show, numbers without binary noise', () => {
    const models = json(['models']);
    const concept = models.find((m: { id: string }) => m.id === 'rocketman-concept');
    expect(concept.usableKWh).toBeNull();
    const f56 = models.find((m: { id: string }) => m.id === 'cooper-se-f56');
    expect(f56.yearsOnSale).toEqual(json(['show', 'cooper-se-f56']).vehicle.yearsOnSale);
    const cost = run(['cost', 'cooper-e-j01', '--json']).out;
    for (const n of cost.match(/-?\d+\.\d+(?:e-?\d+)?/g) ?? [])
      expect(n.replace(/^-?0\.0*|\.|e.*$/g, '').replace(/^0+/, '').length, n).toBeLessThanOrEqual(12);
  });
  it('an answer that rests on estimated figures says so', () => {
    const r = run(['charge', 'cooper-se-convertible']);
    expect(r.out).toMatch(/^assumes\s+Top speed taken as 150 km\/h from the MINI Cooper SE \(F56\)/m);
    expect(r.out).toMatch(/^\s+Mass estimated from the MINI Cooper SE \(F56\)/m);
  });
  it('a car whose official figure is out of the model’s reach is flagged first, in every answer', () => {
    for (const cmd of ['range', 'charge', 'cost', 'trip']) {
      const out = run([cmd, 'cooper-se-f56']).out;
      expect(out, cmd).toMatch(
        /^check\s+The official WLTP range of 230 km needs a battery-to-wheel efficiency above 92 %/m,
      );
      expect(out.indexOf('check'), cmd).toBeLessThan(out.search(/^assumes/m));
    }
    expect(run(['range', 'cooper-se-j01']).out).not.toMatch(/^check\s/m);
    // The spec sheet's model assumptions mark it too, above the rest.
    const show = run(['show', 'cooper-se-f56']).out;
    expect(show).toMatch(/^ {2}! The official WLTP range of 230 km needs/m);
    expect(show.search(/^ {2}! /m)).toBeLessThan(show.search(/^ {2}• Mass in running order/m));
  });
});

describe('a negative saving', () => {
  it('is said in words, not as a minus sign', () => {
    const args = [
      'cost',
      'cooper-se-j01',
      '--home-price',
      '0.8',
      '--public-price',
      '0.9',
      '--fuel-price',
      '0.6',
    ];
    const r = run(args);
    const j = json(args);
    expect(j.comparison.savingPerYear).toBeLessThan(0);
    expect(r.out).toMatch(/^difference\s+The electric car costs [\d,]+ more a year to run\./m);
    expect(r.out).not.toMatch(/You save|against petrol[^\n]*-\d/);
    // Core's sentence, word for word: the site and the terminal app show the same one.
    const said = costSummary(
      runningCost(vehicleModel(getVehicle('cooper-se-j01')), {
        homePricePerKWh: 0.8,
        publicPricePerKWh: 0.9,
        pricePerLitre: 0.6,
      }),
    ).text;
    expect(r.out).toContain(said);
  });
});
