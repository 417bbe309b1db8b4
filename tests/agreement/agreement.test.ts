/**
 * One question, one answer, in every face. For each calculation, core's defaults and at least 50 random
 * valid inputs (fast-check; any field may be left out for its default) go through
 *  - the library (`@mini-ev/core`),
 *  - the CLI's `--json` (the built `mini-ev`, as a process),
 *  - the TUI's screen state (what a calculator screen computes for the inputs the reader set),
 *  - the site's compute module (what a calculator computes for the address's inputs, defaults filled in
 *    from the site's fields),
 * and must give identical numbers; the site's formatted answer must be core's formatting of the library's.
 * A face that restated a default, a limit or a conversion would disagree on some input.
 * Set AGREEMENT_SEED to replay a run; the seed is printed with every failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  type CalculationName,
  CONTRACTS,
  COST_CONTRACT,
  carLimits,
  chargeSession,
  chargeSummary,
  computeRange,
  contractDefaults,
  costSummary,
  dataSet,
  type Field,
  fieldOf,
  formatConsumption,
  formatCostPerDistance,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatYearlyMoney,
  getVehicle,
  InvalidInputError,
  limitsOf,
  MissingFigureError,
  packWarmingWords,
  planTrip,
  rangeSummary,
  runningCost,
  tripSteps,
  tripSummary,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../apps/tui/src/contract-cli';
import { toJson } from '../../apps/tui/src/output';
import { screenResult } from '../../apps/tui/src/ui/screens/calculator';
import {
  calculableIds,
  fieldValue,
  initialState,
  SCREEN_FIELDS,
  screenFields,
} from '../../apps/tui/src/ui/state';
import { chargeResult, chargeView } from '../../apps/web/app/charging/compute';
import { acOf, CHARGE_FIELDS, chargeDefaults } from '../../apps/web/app/charging/fields';
import { costDefaults, costFields, costResult, costView } from '../../apps/web/app/cost/compute';
import { rangeResult, rangeView } from '../../apps/web/app/range/compute';
import { RANGE_FIELDS, type RangeMode, rangeDefaults } from '../../apps/web/app/range/fields';
import { tripResult, tripView } from '../../apps/web/app/trip/compute';
import { TRIP_FIELDS, tripDefaults } from '../../apps/web/app/trip/fields';

const SEED = Number(process.env.AGREEMENT_SEED ?? Date.now() % 2 ** 31);
const RUNS = 150;
const MIN_VALID = 50;
/** Valid random cases kept per calculation (each runs the CLI as a process). */
const MAX_VALID = 80;
const cli = fileURLToPath(new URL('../../apps/tui/dist/cli.js', import.meta.url));

type Input = Record<string, number | string | boolean>;
type Case = { id: string; input: Input };

/** The built CLI as a process, with its JSON parsed. */
function runCli(args: string[]): Promise<{ code: number | null; json: unknown; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => {
      out += d;
    });
    p.stderr.on('data', (d) => {
      err += d;
    });
    p.on('error', reject);
    p.on('close', (code) => {
      try {
        resolve({ code, json: JSON.parse(out), err });
      } catch {
        reject(new Error(`mini-ev ${args.join(' ')}: exit ${code}, not JSON: ${out}${err}`));
      }
    });
  });
}

/** Runs `fn` over `items`, a few at a time. */
async function pool<T, R>(items: T[], size: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

/** The fields every face lets the reader set for a calculation: the TUI's screen, the CLI's flags, the site's form. */
function sharedFields(kind: CalculationName, siteKeys: readonly string[]): Field[] {
  const flags = FLAGS[kind as keyof typeof FLAGS] as Record<string, string>;
  return SCREEN_FIELDS[kind as keyof typeof SCREEN_FIELDS]
    .filter((k) => (k === 'mode' || k in flags) && siteKeys.includes(k))
    .map((k) => fieldOf(CONTRACTS[kind], k));
}

/**
 * Random cases: a car, and for each shared field either nothing (the default) or a value a reader might
 * give. Choices and switches are drawn first; a number is drawn within its limits for this car and those
 * choices (a wall box's power on AC), to two decimals as typed.
 */
function cases(kind: CalculationName, fields: Field[], normalize: (c: Case) => Case): Case[] {
  const ordered = [
    ...fields.filter((f) => f.type !== 'number'),
    ...fields.filter((f) => f.type === 'number'),
  ];
  const draw = fc.record(
    Object.fromEntries(
      ordered.map((f) => [
        f.key,
        fc.option(
          fc.noBias(fc.integer({ min: 0, max: 10_000 })).map((n) => n / 10_000),
          { nil: undefined },
        ),
      ]),
    ),
  );
  const arb = fc.tuple(fc.constantFrom(...calculableIds), draw).map(([id, u]) => {
    const car = carLimits(vehicleModel(getVehicle(id)));
    const input: Input = {};
    for (const f of ordered) {
      const x = u[f.key];
      if (x === undefined) continue;
      if (f.type === 'boolean') input[f.key] = x < 0.5;
      else if (f.type === 'choice')
        input[f.key] = f.choices[Math.min(f.choices.length - 1, Math.floor(x * f.choices.length))]!.value;
      else {
        const { min, max } = limitsOf(f, car, input);
        const v = min + x * (max - min);
        input[f.key] = Math.min(max, Math.max(min, f.integer ? Math.round(v) : Math.round(v * 100) / 100));
      }
    }
    // Two values given in the wrong order for a rule ("to above from"): the reader would swap them.
    for (const rule of CONTRACTS[kind].rules) {
      const [a, b] = rule.fields as [string, string];
      if (a in input && b in input && !rule.ok(input)) [input[a], input[b]] = [input[b]!, input[a]!];
    }
    return normalize({ id, input });
  });
  return fc.sample(arb, { numRuns: RUNS, seed: SEED });
}

/** Keeps the cases core accepts (random pairs like from/to may break a rule); at least MIN_VALID must remain. */
function valid(all: Case[], compute: (c: Case) => unknown): Case[] {
  const ok = all.filter((c) => {
    try {
      compute(c);
      return true;
    } catch (e) {
      // Refused inputs, and a car asked for what it does not have (DC, or a trip's fast-charging stops, on
      // the 2008 MINI E): each face says so in its own place and computes nothing.
      if (e instanceof InvalidInputError || e instanceof MissingFigureError) {
        if (process.env.AGREEMENT_DEBUG) console.log(c.id, JSON.stringify(c.input), e.message);
        return false;
      }
      throw e;
    }
  });
  return ok.slice(0, MAX_VALID + calculableIds.length + 1);
}

/** CLI arguments for contract inputs: each field's public flag, values as a bare metric number. */
function cliArgs(kind: keyof typeof FLAGS, c: Case): string[] {
  const flags = FLAGS[kind] as Record<string, string>;
  const args: string[] = [kind, c.id, '--json'];
  for (const [key, value] of Object.entries(c.input)) {
    if (key === 'mode') {
      if (value !== 'steady') args.push('--cycle', String(value));
      continue;
    }
    const flag = flags[key]!;
    if (typeof value === 'boolean') {
      // `--no-x` sets false, `--x` sets true; the other value is the flag left out.
      if (flag.startsWith('--no-') ? !value : value) args.push(flag);
    } else args.push(`${flag}=${value}`);
  }
  return args;
}

const SYSTEMS: UnitSystem[] = ['metric', 'imperial'];
const where = (c: Case) => `seed ${SEED}, ${c.id} ${JSON.stringify(c.input)}`;
const DEFAULTS_CASE = (id: string): Case => ({ id, input: {} });

/**
 * For one calculation: the library's numbers for every case, and each face's, must be identical.
 * `pick` takes the numbers to compare from a result (library, TUI or site: the same type) or the CLI's JSON.
 */
async function agree<R>(opts: {
  kind: keyof typeof FLAGS;
  fields: Field[];
  library: (c: Case) => R;
  site: (c: Case) => R;
  pick: (r: R) => Record<string, unknown>;
  pickJson: (json: never) => Record<string, unknown>;
  /** A case as every face can state it (e.g. no speed on a drive cycle). */
  normalize?: (c: Case) => Case;
  /** The site's formatted answer against core's formatting of the library's result. */
  shown: (c: Case, r: R, system: UnitSystem) => void;
}) {
  const all = [
    DEFAULTS_CASE('cooper-se-j01'),
    ...calculableIds.map(DEFAULTS_CASE),
    ...cases(opts.kind, opts.fields, opts.normalize ?? ((c) => c)),
  ];
  const ok = valid(all, opts.library);
  expect(ok.length - calculableIds.length - 1, `valid random cases (seed ${SEED})`).toBeGreaterThanOrEqual(
    MIN_VALID,
  );
  const fromCli = await pool(ok, 8, (c) => runCli(cliArgs(opts.kind, c)));
  ok.forEach((c, i) => {
    const lib = opts.pick(opts.library(c));
    const cli = fromCli[i]!;
    expect(cli.err, `CLI stderr, ${where(c)}`).toBe('');
    // --json prints numbers to 12 significant digits (jsonNumber): the same numbers, without binary noise.
    expect(opts.pickJson(cli.json as never), `CLI --json, ${where(c)}`).toEqual(asJson(lib));
    // The TUI as it starts, with the reader's inputs set on the screen.
    const start = initialState();
    const inputs = { ...start.inputs, [opts.kind]: { ...start.inputs[opts.kind], ...c.input } };
    const tui = screenResult(opts.kind, c.id, { inputs }) as R & {
      input: Record<string, unknown>;
      limited: readonly { field: string }[];
    };
    expect(opts.pick(tui), `TUI screen, ${where(c)}`).toEqual(lib);
    // Each field on the screen shows the value core used (core's default where the reader set none), but
    // for one physics limited, which shows what the reader set and a note saying what was used.
    const car = carLimits(modelOf(c.id));
    for (const f of screenFields(opts.kind)) {
      if (!(f.key in tui.input) || tui.limited.some((l) => l.field === f.key)) continue;
      const shown = fieldValue(opts.kind, f, inputs[opts.kind], car);
      expect(shown, `TUI field ${f.key}, ${where(c)}`).toEqual(tui.input[f.key]);
    }
    const site = opts.site(c);
    expect(opts.pick(site), `site compute module, ${where(c)}`).toEqual(lib);
    for (const system of SYSTEMS) opts.shown(c, opts.library(c), system);
  });
}

/**
 * The site's inputs for a case: the address's values where given, elsewhere the defaults its form shows
 * for this car (the contract's, which may depend on the car: the Ora R1's speed tops out at 100 km/h).
 */
function siteInput<T extends Record<string, unknown>>(
  defaults: T,
  fields: Record<string, { key: string }>,
  c: Case,
  kind: keyof typeof CONTRACTS,
): T {
  const forCar = contractDefaults(CONTRACTS[kind], carLimits(modelOf(c.id)), c.input);
  const out: Record<string, unknown> = { ...defaults };
  for (const [urlKey, spec] of Object.entries(fields))
    out[urlKey] = spec.key in c.input ? c.input[spec.key] : (forCar[spec.key] ?? out[urlKey]);
  return out as T;
}

const modelOf = (id: string) => vehicleModel(getVehicle(id));
/** A value as the CLI's --json prints it. */
const asJson = (x: unknown) => JSON.parse(toJson(x));

describe('the library, the CLI, the TUI and the site agree', () => {
  it('range', async () => {
    const fields = sharedFields('range', [
      'mode',
      'climate',
      ...Object.values(RANGE_FIELDS).map((f) => f.key),
    ]);
    // On a drive cycle there is no speed to give (the CLI refuses both).
    const drop = (c: Case): Case => {
      if (c.input.mode === undefined || c.input.mode === 'steady') return c;
      const { speedKmh: _s, ...input } = c.input;
      return { ...c, input };
    };
    const site = (c: Case) => {
      const i = siteInput(rangeDefaults(c.id), RANGE_FIELDS, c, 'range');
      if (c.input.mode !== undefined) i.mode = c.input.mode as RangeMode;
      if (c.input.climate !== undefined) i.climate = c.input.climate as boolean;
      return i;
    };
    await agree({
      kind: 'range',
      fields,
      normalize: drop,
      library: (c) => computeRange(modelOf(c.id), c.input),
      site: (c) => rangeResult(site(c)),
      pick: (r) => ({
        rangeKm: r.rangeKm,
        consumption: r.consumptionKWhPer100Km,
        plug: r.consumptionAtPlugKWhPer100Km,
        limited: r.limited.map((l) => l.field),
      }),
      pickJson: (j: {
        rangeKm: number;
        consumptionKWhPer100Km: number;
        consumptionAtPlugKWhPer100Km: number;
        limited: { field: string }[];
      }) => ({
        rangeKm: j.rangeKm,
        consumption: j.consumptionKWhPer100Km,
        plug: j.consumptionAtPlugKWhPer100Km,
        limited: j.limited.map((l) => l.field),
      }),
      shown: (c, r, system) => {
        const v = rangeView(site(c), system);
        if (!v.ok) throw new Error(v.problem);
        expect(v.range, where(c)).toBe(formatDistance(r.rangeKm, { system }));
        // Every line the page shows is core's, word for word, with the consumption among them.
        const say = rangeSummary(r, { system });
        // The early answer's first line is core's range with its interval, as written.
        expect(v.rangeText, where(c)).toBe(say.rangeText);
        for (const l of v.lines) expect(l, where(c)).toEqual(say.lines.find((x) => x.key === l.key));
        expect(v.lines.find((l) => l.key === 'consumption')?.value, where(c)).toBe(say.consumptionText);
        expect(say.consumption, where(c)).toBe(formatConsumption(r.consumptionKWhPer100Km, { system }));
      },
    });
  });

  it('charge', async () => {
    const fields = sharedFields('charge', ['ac', ...Object.values(CHARGE_FIELDS).map((f) => f.key)]);
    const site = (c: Case) => {
      const i = siteInput(chargeDefaults(c.id), CHARGE_FIELDS, c, 'charge');
      // The supply the address gives, else the car's default (AC for a car with no DC charging).
      i.ac = acOf(c.input.ac === undefined ? null : c.input.ac ? '1' : '0', carLimits(modelOf(c.id)));
      i.kwGiven = 'chargerKW' in c.input;
      return i;
    };
    const nums = (r: {
      minutes: number;
      energyToBatteryKWh: number;
      energyFromGridKWh: number;
      averagePowerKW: number;
      chargerKW: number;
    }) => ({
      minutes: r.minutes,
      energyToBatteryKWh: r.energyToBatteryKWh,
      energyFromGridKWh: r.energyFromGridKWh,
      averagePowerKW: r.averagePowerKW,
      chargerKW: r.chargerKW,
    });
    await agree({
      kind: 'charge',
      fields,
      library: (c) => chargeSession(modelOf(c.id), c.input),
      site: (c) => chargeResult(site(c)),
      pick: nums,
      pickJson: nums,
      shown: (c, r, system) => {
        const v = chargeView(site(c), system);
        if (!v.ok) throw new Error(v.problem);
        expect(v.minutes, where(c)).toBe(formatDuration(r.minutes));
        // Every line the page shows is core's, word for word: the energy with what came from the grid, and
        // how a cold pack warmed exactly when core has words for it.
        const say = chargeSummary(r, { system });
        expect(v.minutesText, where(c)).toBe(say.timeText);
        for (const l of v.lines) expect(l, where(c)).toEqual(say.lines.find((x) => x.key === l.key));
        expect(v.lines.find((l) => l.key === 'energy')?.value, where(c)).toContain(
          `${formatEnergy(r.energyFromGridKWh)} from the grid`,
        );
        expect(v.lines.find((l) => l.key === 'battery')?.value, where(c)).toBe(
          packWarmingWords(r, { system }),
        );
      },
    });
  });

  it('cost', async () => {
    const cf = costFields();
    const fields = sharedFields('cost', ['fuel', ...Object.values(cf).map((f) => f.key)]);
    const site = (c: Case) => {
      const i = siteInput(costDefaults(c.id), cf, c, 'cost');
      if (c.input.fuel !== undefined) i.fuel = c.input.fuel as 'petrol' | 'diesel';
      return i;
    };
    const nums = (r: {
      per100Km: number;
      perYear: number;
      energyPerYearKWh: number;
      comparison: { perYear: number; savingPerYear: number; fuel: string };
    }) => ({
      per100Km: r.per100Km,
      perYear: r.perYear,
      energyPerYearKWh: r.energyPerYearKWh,
      fuelPerYear: r.comparison.perYear,
      saving: r.comparison.savingPerYear,
      fuel: r.comparison.fuel,
    });
    await agree({
      kind: 'cost',
      fields,
      library: (c) => runningCost(modelOf(c.id), c.input),
      site: (c) => costResult(site(c)),
      pick: nums,
      pickJson: nums,
      shown: (c, r, system) => {
        const v = costView(site(c), system);
        if (!v.ok) throw new Error(v.problem);
        // The site says what core's summary says, whose amounts are the library's result.
        expect(v.summary, where(c)).toEqual(costSummary(r, { system }));
        expect(v.summary.per100, where(c)).toBe(formatCostPerDistance(r.per100Km, { system }));
        expect(v.summary.perYear, where(c)).toBe(formatYearlyMoney(r.perYear));
        expect(v.summary.saving, where(c)).toBe(formatYearlyMoney(Math.abs(r.comparison.savingPerYear)));
        expect(v.summary.electricCheaper, where(c)).toBe(r.comparison.savingPerYear >= 0);
      },
    });
  });

  it('cost in a market: the library, the CLI and the site take the same prices and give the same answer', async () => {
    const cf = costFields();
    for (const market of dataSet.markets) {
      for (const fuel of ['petrol', 'diesel'] as const) {
        const id = 'cooper-se-j01';
        const lib = () => runningCost(modelOf(id), { market, fuel });
        const missing = (() => {
          try {
            lib();
            return undefined;
          } catch (e) {
            return e as InvalidInputError;
          }
        })();
        const args = ['cost', id, '--market', market.id, '--fuel', fuel, '--json'];
        const where = `${market.id} ${fuel}`;
        if (missing) {
          // A price the market lacks: the CLI asks for the same field, by its flag.
          const refused = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
          expect(refused.status, where).toBe(2);
          expect(refused.stderr, where).toContain(FLAGS.cost[missing.field as keyof typeof FLAGS.cost]);
          continue;
        }
        const fromCli = await runCli(args);
        const r = lib();
        // The site fills its fields from the contract for this market and fuel, as the form does.
        const d = contractDefaults(COST_CONTRACT, carLimits(modelOf(id)), { market, fuel });
        const siteIn = { ...costDefaults(id), fuel, market: market.id } as Record<string, unknown>;
        for (const [urlKey, spec] of Object.entries(cf)) siteIn[urlKey] = d[spec.key];
        const site = costResult(siteIn as Parameters<typeof costResult>[0]);
        const json = fromCli.json as { perYear: number; currency: string; input: Record<string, unknown> };
        expect(json.currency, where).toBe(market.currency);
        expect(json.perYear, where).toBeCloseTo(r.perYear, 9);
        expect(site.perYear, where).toBeCloseTo(r.perYear, 9);
        expect(site.currency, where).toBe(market.currency);
        expect(json.input, where).toEqual(asJson(r.input));
      }
    }
  });

  it('trip', async () => {
    const fields = sharedFields(
      'trip',
      Object.values(TRIP_FIELDS).map((f) => f.key),
    );
    const site = (c: Case) => siteInput(tripDefaults(c.id), TRIP_FIELDS, c, 'trip');
    type Plan = ReturnType<typeof planTrip>;
    const nums = (p: Plan) =>
      p.feasible
        ? {
            feasible: true,
            totalMinutes: p.totalMinutes,
            drivingMinutes: p.drivingMinutes,
            chargingMinutes: p.chargingMinutes,
            stops: p.stops.map((s) => [s.km, s.departureSocPct]),
            limited: p.limited.map((l) => l.field),
          }
        : { feasible: false, reason: p.reason };
    await agree({
      kind: 'trip',
      fields,
      library: (c) => planTrip(modelOf(c.id), c.input),
      site: (c) => tripResult(site(c)),
      pick: nums,
      pickJson: (j: Plan) => nums(j),
      shown: (c, p, system) => {
        const v = tripView(site(c), system);
        expect(v.ok, where(c)).toBe(p.feasible);
        if (v.ok && p.feasible) {
          expect(v.total, where(c)).toBe(formatDuration(p.totalMinutes));
          expect(v.summary, where(c)).toBe(tripSummary(p, { system }).text);
          expect(v.consumption, where(c)).toBe(formatConsumption(p.consumptionKWhPer100Km, { system }));
          // The plan's steps, each stop's reason included, are core's words.
          expect(
            v.plan.map((s) => [s.at, s.text, s.why]),
            where(c),
          ).toEqual(tripSteps(p, { system }).map((s) => [s.at, s.text, s.why]));
        }
      },
    });
  });
});
