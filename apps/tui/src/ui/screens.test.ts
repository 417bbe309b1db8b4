/** Every screen, at the four terminal sizes people use, fits its window: nothing is cut or wider. */
import {
  ACCURACY_COLUMNS,
  accuracyCells,
  accuracyReport,
  accuracySummary,
  assumptionNotes,
  dataSet,
  getMarket,
  getVehicle,
  isCalculable,
  marketPriceNotes,
  notCalculableNotice,
  planTrip,
  runningCost,
  TRIP_STOPS,
  tripSteps,
  tripStopCells,
  tripSummary,
  vehicleModel,
} from '@mini-ev/core';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { rowsFor } from './app.js';
import { wrapRows } from './rows.js';
import { type CalcKind, initialState, type State } from './state.js';

const WIDTHS = [60, 80, 120, 200];
const base = initialState();
const calcs: CalcKind[] = ['range', 'charge', 'cost', 'trip'];
const states: [string, State][] = [
  ['line-up', base],
  ['help', { ...base, help: true }],
  ['history', { ...base, stack: [{ name: 'history' }] }],
  ['sources', { ...base, stack: [{ name: 'sources' }] }],
  ['accuracy', { ...base, stack: [{ name: 'accuracy' }] }],
  [
    'compare of four',
    {
      ...base,
      stack: [
        { name: 'compare', ids: ['cooper-se-f56', 'cooper-se-convertible', 'cooper-se-j01', 'aceman-se'] },
      ],
    },
  ],
  ...dataSet.vehicles.map((v): [string, State] => [
    `car ${v.id}`,
    { ...base, stack: [{ name: 'detail', id: v.id }] },
  ]),
  ...calcs.flatMap((kind) =>
    (['metric', 'imperial'] as const).map((units): [string, State] => [
      `${kind} calculator, ${units}`,
      { ...base, units, stack: [{ name: 'calc', kind, id: dataSet.vehicles.find(isCalculable)!.id }] },
    ]),
  ),
  ...(['uk', 'cn'] as const).map((market): [string, State] => [
    `cost in market ${market}, imperial`,
    { ...base, units: 'imperial', market, stack: [{ name: 'calc', kind: 'cost', id: 'cooper-e-j01' }] },
  ]),
  [
    'a trip that cannot be done',
    {
      ...base,
      inputs: { ...base.inputs, trip: { chargerSpacingKm: 400 } },
      stack: [{ name: 'calc', kind: 'trip', id: 'cooper-se-f56' }],
    },
  ],
];

describe('every screen fits the window', () => {
  it.each(states)('%s', (_, state) => {
    for (const width of WIDTHS) {
      const lines = wrapRows(rowsFor(state, width), width);
      const wide = lines.filter((r) => stringWidth(r.text) > width);
      expect(wide, `${width} columns`).toEqual([]);
      // Nothing is lost: every word of every row is still on screen.
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(
        lines
          .flatMap((r) => words(r.text))
          .join(' ')
          .replace(/\s+/g, ''),
      ).toBe(
        rowsFor(state, width)
          .flatMap((r) => words(r.text))
          .join(' ')
          .replace(/\s+/g, ''),
      );
    }
  });
});

describe('the accuracy screen', () => {
  it('shows core’s summary, then every case with each column’s figure and its source, outside cases marked', () => {
    const rows = rowsFor({ ...base, stack: [{ name: 'accuracy' }] }, 80);
    const text = rows.map((r) => r.text);
    const report = accuracyReport();
    expect(text[0]).toContain(accuracySummary(report).meanAbsError);
    expect(text.join('\n')).toContain(accuracySummary(report).coverage);
    for (const x of report.rows) {
      const at = text.indexOf(x.case.id);
      expect(at, x.case.id).toBeGreaterThan(0);
      const block = rows.slice(at, at + ACCURACY_COLUMNS.length + 4);
      const cells = accuracyCells(x);
      for (const c of ACCURACY_COLUMNS.slice(1)) {
        const line = block.find((r) => r.text.trimStart().startsWith(c.label));
        expect(line?.text, `${x.case.id} ${c.label}`).toContain(cells[c.key as keyof typeof cells]);
        if (c.key === 'error') {
          expect(line!.text.endsWith(' !'), x.case.id).toBe(!x.withinTolerance);
          expect(line!.color, x.case.id).toBe(x.withinTolerance ? undefined : 'yellow');
        }
      }
      expect(block.some((r) => r.text.includes(x.case.source.url))).toBe(true);
    }
    expect(report.rows.some((x) => !x.withinTolerance)).toBe(true);
  });
});

describe('wrapping', () => {
  it('a wrapped sentence keeps one space between its words', () => {
    const text =
      'What a kWh costs at this charger or socket, in your currency (optional): gives the session’s cost, on the energy drawn.';
    for (const width of [40, 60, 80]) {
      const lines = wrapRows([{ text: `  ${text}` }], width);
      expect(lines.map((l) => l.text.trim()).join(' '), `${width} columns`).toBe(text);
    }
  });
});

describe('every calculator screen', () => {
  it('ends with what its answer rests on: the car’s flags first, then every other assumption, all core’s', () => {
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    const notes = assumptionNotes(m, m.assumptions);
    for (const kind of calcs) {
      const text = rowsFor({ ...base, stack: [{ name: 'calc', kind, id: m.id }] }, 200)
        .map((r) => r.text)
        .join('\n');
      const at = text.indexOf(notes.heading);
      expect(at, kind).toBeGreaterThan(0);
      const after = text.slice(at);
      expect(after, kind).toContain(`! ${notes.flags[0]}`);
      for (const a of notes.others) expect(after, kind).toContain(`• ${a}`);
      expect(after.indexOf(notes.flags[0]!), kind).toBeLessThan(after.indexOf(notes.others[0]!));
    }
    // The car's screen marks the flag the same way, above the rest.
    const detail = rowsFor({ ...base, stack: [{ name: 'detail', id: m.id }] }, 200).map((r) => r.text);
    const flag = detail.indexOf(`  ! ${notes.flags[0]}`);
    expect(flag).toBeGreaterThan(0);
    expect(detail[flag - 1]).toBe(notes.carHeading);
    expect(flag).toBeLessThan(detail.indexOf(`  • ${notes.others[0]}`));
  });
});

describe('the charging screen', () => {
  // The 2008 MINI E charges on AC only: a slow session with times past an hour ("1 h 16 min").
  const state: State = { ...base, stack: [{ name: 'calc', kind: 'charge', id: 'mini-e-2008' }] };
  it('lines its bars up when the times grow past an hour', () => {
    const rows = rowsFor(state, 80).map((r) => r.text);
    const bars = rows.filter((t) => t.includes('█'));
    expect(bars.some((t) => /\d h \d\d min/.test(t))).toBe(true);
    expect(new Set(bars.map((t) => t.indexOf('█'))).size).toBe(1);
  });
  it('says the on-board charger set the power, not a DC curve, on AC', () => {
    const text = rowsFor(state, 80)
      .map((r) => r.text)
      .join('\n');
    expect(text).toContain('AC through the car’s on-board charger');
    expect(text).not.toMatch(/charging curve/);
  });
});

describe('a calculator’s help line', () => {
  it('holds its figures in the reader’s units (core’s fieldHelp): 77 °F in imperial, not 25 °C', () => {
    const at = (units: State['units']) =>
      rowsFor(
        { ...base, units, field: 4, stack: [{ name: 'calc', kind: 'charge', id: 'cooper-se-f56' }] },
        120,
      )
        .map((r) => r.text)
        .join('\n');
    expect(at('imperial')).toMatch(/› Battery temperature[\s\S]*77 °F is a warm, preconditioned pack/);
    expect(at('imperial')).not.toMatch(/25 °C/);
    expect(at('metric')).toMatch(/25 °C is a warm, preconditioned pack/);
  });
});

describe('the cost screen in a market', () => {
  const at = (market: State['market'], units: State['units'] = 'imperial') =>
    rowsFor({ ...base, units, market, stack: [{ name: 'calc', kind: 'cost', id: 'cooper-e-j01' }] }, 80)
      .map((r) => r.text)
      .join('\n');
  it('prices in the market’s currency and reads British fuel in UK gallons, American in US gallons', () => {
    const uk = at('uk');
    expect(uk).toMatch(/Market: United Kingdom, prices in GBP/);
    expect(uk).toMatch(/mpg \(UK\)/);
    expect(uk).toMatch(/per UK gal/);
    expect(uk).toMatch(/Electric .*£[\d,.]+ a year/);
    const us = at('us');
    expect(us).toMatch(/mpg \(US\)/);
    expect(us).toMatch(/\$[\d,.]+ a year/);
    expect(at(undefined)).toMatch(/Market: None, prices in your own currency/);
  });
  it('asks for a price the market has no source for, marking the input', () => {
    const cn = at('cn', 'metric');
    expect(cn).toMatch(/Public fast charging\s+◂ not set\s+▸ ✗/);
    expect(cn).toMatch(/Public fast charging is needed: .*China/s);
  });
  it('lists each price it took from the market with its date, publisher and any dispute, in core’s words', () => {
    const us = getMarket('us');
    const state: State = {
      ...base,
      market: 'us',
      stack: [{ name: 'calc', kind: 'cost', id: 'countryman-e' }],
    };
    const text = rowsFor(state, 400).map((r) => r.text);
    const r = runningCost(vehicleModel(getVehicle('countryman-e')), { market: us });
    const notes = marketPriceNotes(r, us);
    expect(notes.length).toBeGreaterThan(2);
    for (const n of notes) expect(text).toContain(`${n.label}: ${n.said}`);
    // In a narrow window a long entry (the disputed diesel price) wraps indented under its label.
    const diesel = marketPriceNotes(
      runningCost(vehicleModel(getVehicle('countryman-e')), { market: us, fuel: 'diesel' }),
      us,
    ).find((n) => n.field === 'pricePerLitre')!;
    const withDiesel: State = { ...state, inputs: { ...state.inputs, cost: { fuel: 'diesel' } } };
    const narrow = wrapRows(rowsFor(withDiesel, 50), 50).map((r) => r.text);
    const at = narrow.findIndex((l) => l.startsWith(`${diesel.label}: `));
    expect(at).toBeGreaterThan(-1);
    expect(narrow[at + 1]).toMatch(/^ {2}\S/);
    // Each price field shows the figure the list gives (US$0.155 per kWh is 0.155, not 0.15; US$0.874
    // per L is 0.874, not 0.87).
    for (const n of notes.filter((x) => x.field !== 'gridGCO2PerKWh')) {
      const listed = Number(n.said.match(/\d+(?:\.\d+)?/)![0]);
      const row = text.find((l) => l.includes(n.label) && l.includes('◂'))!;
      expect(Number(row.match(/◂ (\d+(?:\.\d+)?) per (kWh|L)/)![1]), n.label).toBe(listed);
    }
    // Without a market there is nothing to list.
    const none = rowsFor({ ...state, market: undefined }, 400).map((x) => x.text);
    expect(none.some((l) => l.startsWith(`${notes[0]!.label}: `))).toBe(false);
  });
});

describe('the trip screen', () => {
  it('gives core’s total and summary line, and each stop’s reason', () => {
    const state: State = { ...base, stack: [{ name: 'calc', kind: 'trip', id: 'cooper-se-f56' }] };
    const text = rowsFor(state, 200).map((r) => r.text);
    const plan = planTrip(vehicleModel(getVehicle('cooper-se-f56')), {});
    if (!plan.feasible) throw new Error(plan.reason);
    const summary = tripSummary(plan);
    expect(text).toContain(`Total        ${summary.total}`);
    expect(text).toContain(`             ${summary.text}`);
    for (const s of tripSteps(plan).filter((x) => x.kind === 'charge'))
      expect(text).toContain(`     ${s.why}`);
    // The stops under core's heading and columns, each row core's cells in order (as the CLI's table).
    expect(text).toContain(TRIP_STOPS.heading);
    const head = text.find((l) => l.trim().startsWith(TRIP_STOPS.columns[0]!.label))!;
    expect(head.trim().split(/\s+/)).toEqual(TRIP_STOPS.columns.map((c) => c.label));
    for (const cells of tripStopCells(plan)) {
      const cols = TRIP_STOPS.columns.map((c) => cells[c.key]);
      expect(text.some((l) => l.trim().split(/ {2,}/).join('|') === cols.join('|'))).toBe(true);
    }
  });
});

describe('a car nothing is calculated for', () => {
  it('says why on its page, in core’s sentence', () => {
    const rows = rowsFor({ ...base, stack: [{ name: 'detail', id: 'rocketman-concept' }] }, 200);
    expect(rows.map((r) => r.text)).toContain(notCalculableNotice(getVehicle('rocketman-concept')));
  });
});
