import {
  dataSet,
  fieldOf,
  fToC,
  getMarket,
  getVehicle,
  limitsOf,
  marketIds,
  mphToKmh,
  type NumberField,
  notCalculableReason,
  RANGE_CONTRACT,
} from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { commandOf, initialState, reduce, type State, screenFields, screenOf } from './state.js';

const press = (s: State, ...keys: Parameters<typeof reduce>[1][]) =>
  keys.reduce((acc, k) => reduce(acc, k), s);

describe('the app reducer', () => {
  it('moves through the line-up and opens a car', () => {
    const s = press(initialState(), 'down', 'down', 'down', 'enter');
    expect(screenOf(s)).toEqual({ name: 'detail', id: 'cooper-se-j01' });
    expect(screenOf(reduce(s, 'back')).name).toBe('lineup');
  });
  it('wraps around the list', () => {
    expect(press(initialState(), 'up').cursor).toBe(dataSet.vehicles.length - 1);
  });
  it('marks two to four cars to compare', () => {
    let s = press(initialState(), 'compare');
    expect(s.message).toMatch(/two to four/);
    s = press(s, 'space', 'down', 'space', 'compare');
    expect(screenOf(s)).toEqual({ name: 'compare', ids: ['cooper-se-f56', 'cooper-se-convertible'] });
  });
  it('opens a calculator on the car in view and edits its inputs within limits', () => {
    let s = press(initialState(), 'down', 'down', 'down', 'range');
    expect(screenOf(s)).toEqual({ name: 'calc', kind: 'range', id: 'cooper-se-j01' });
    expect(s.inputs.range).toEqual({});
    s = press(s, 'down', 'right', 'right');
    expect(s.inputs.range.speedKmh).toBe(130);
    s = press(s, 'down', 'left', 'left');
    expect(s.inputs.range.tempC).toBe(10);
    const { max } = limitsOf(fieldOf(RANGE_CONTRACT, 'speedKmh') as NumberField, undefined);
    s = press(s, 'up', ...Array(30).fill('right'));
    expect(s.inputs.range.speedKmh).toBe(max);
  });
  it('steps in the reader’s units: 110 km/h shown as 68 mph steps to 70 mph, then 75 mph', () => {
    let s = press(initialState(), 'units', 'down', 'down', 'down', 'range', 'down', 'right');
    expect(s.inputs.range.speedKmh).toBeCloseTo(mphToKmh(70), 9);
    s = press(s, 'right');
    expect(s.inputs.range.speedKmh).toBeCloseTo(mphToKmh(75), 9);
    s = press(s, 'down', 'right');
    expect(s.inputs.range.tempC).toBeCloseTo(fToC(70), 9);
  });
  it('Enter on a number field takes a typed value in the reader’s units; Esc leaves it; digits are not shortcuts there', () => {
    // The charging calculator's price has no default: typed, it is set as typed.
    let s = press(initialState(), 'charge');
    const price = screenFields('charge').findIndex((f) => f.key === 'pricePerKWh');
    s = { ...s, field: price };
    s = press(s, 'enter', { char: '0' }, { char: ',' }, { char: '5' }, { char: '9' });
    expect(s.editing).toBe('0,59');
    s = press(s, 'enter');
    expect(s.editing).toBeUndefined();
    expect(s.inputs.charge.pricePerKWh).toBe(0.59);
    expect(screenOf(s)).toMatchObject({ name: 'calc', kind: 'charge' });
    // In imperial, 70 typed into speed is 70 mph, stored in km/h; '1' is a digit, not the range calculator.
    let r = press(initialState('imperial'), 'range', 'down', 'enter', { char: '7' }, { char: '0' }, 'enter');
    expect(r.inputs.range.speedKmh).toBeCloseTo(mphToKmh(70), 6);
    r = press(r, 'enter', { char: '1' }, 'back', { char: '9' }, { char: 'x' }, 'enter');
    expect(r.inputs.range.speedKmh).toBeCloseTo(mphToKmh(9), 6);
    // Esc keeps the value; an empty box changes nothing; what is not a number stays, with core's message.
    expect(press(r, 'enter', { char: '5' }, 'escape').inputs.range).toEqual(r.inputs.range);
    expect(press(r, 'enter', 'enter').inputs.range).toEqual(r.inputs.range);
    const bad = press(r, 'enter', { char: '1' }, { char: '.' }, { char: '2' }, { char: '.' }, 'enter');
    expect(bad.editing).toBe('1.2.');
    expect(bad.message).toMatch(/^Speed: "1\.2\." is not valid; expected a number/);
    expect(bad.inputs.range).toEqual(r.inputs.range);
  });
  it('a character is the command it stands for, unless a filter or a value is being typed (read as the state is then)', () => {
    expect(press(initialState(), { char: 'q' }).quit).toBe(true);
    expect(screenOf(press(initialState(), { char: '2' }))).toMatchObject({ name: 'calc', kind: 'charge' });
    expect(press(initialState(), { char: '§' })).toEqual(initialState());
    // '/' then "qs" in one burst: the filter has both letters; nothing quit or opened.
    const f = press(initialState(), { char: '/' }, { char: 'q' }, { char: 's' });
    expect(f).toMatchObject({ filtering: true, filter: 'qs', quit: false, stack: [{ name: 'lineup' }] });
  });
  it('a calculator never opens on a concept: it says so and picks a car it can', () => {
    const concept = dataSet.vehicles.findIndex((v) => v.id === 'rocketman-concept');
    const s = press(initialState(), ...Array<'down'>(concept).fill('down'), 'trip');
    expect(screenOf(s)).toMatchObject({ name: 'calc', kind: 'trip', id: 'cooper-se-f56' });
    // What is shown, then why not the concept, in core's words.
    expect(s.message).toBe(
      `Showing the MINI Cooper SE (F56), because the MINI Rocketman concept is ${notCalculableReason(getVehicle('rocketman-concept'))}.`,
    );
  });
  it('toggles units; the help overlay holds every key and Esc, ? or q close it', () => {
    const s = press(initialState(), 'units', 'help');
    expect(s.units).toBe('imperial');
    expect(s.help).toBe(true);
    for (const k of ['escape', 'help', 'quit', 'back'] as const) {
      expect(press(s, k).help).toBe(false);
      expect(press(s, k).quit).toBe(false);
    }
    // Keys meant for the screen under it do nothing while it is open.
    expect(press(s, 'range', 'history', 'down')).toMatchObject({ help: true, stack: [{ name: 'lineup' }] });
    expect(press(s, 'escape', 'quit').quit).toBe(true);
  });
  it('Esc goes back and never quits; Ctrl+C quits with 130', () => {
    const s = press(initialState(), 'enter', 'escape');
    expect(screenOf(s).name).toBe('lineup');
    expect(press(s, 'escape', 'escape')).toMatchObject({ quit: false, stack: [{ name: 'lineup' }] });
    expect(press(s, 'interrupt')).toMatchObject({ quit: true, exitCode: 130 });
    expect(press(s, 'quit')).toMatchObject({ quit: true, exitCode: 0 });
  });
  it('history, sources and accuracy never stack: h h s s a a is one Esc from where it started', () => {
    const s = press(initialState(), 'enter', 'history', 'history', 'sources', 'sources');
    expect(s.stack.map((x) => x.name)).toEqual(['lineup', 'detail', 'sources']);
    expect(screenOf(press(s, 'escape')).name).toBe('detail');
    const a = press(s, 'accuracy', 'accuracy');
    expect(a.stack.map((x) => x.name)).toEqual(['lineup', 'detail', 'accuracy']);
    expect(screenOf(press(a, 'escape')).name).toBe('detail');
    expect(commandOf('a')).toBe('accuracy');
  });
  it('scrolls within the content: a page, the ends, never past them', () => {
    const view = { rows: 100, height: 20 };
    let s = press(initialState(), 'history');
    s = reduce(s, 'end', view);
    expect(s.scroll).toBe(80);
    s = reduce(s, 'down', view);
    expect(s.scroll).toBe(80);
    s = reduce(s, 'pageUp', view);
    expect(s.scroll).toBe(61);
    s = reduce(reduce(s, 'home', view), 'up', view);
    expect(s.scroll).toBe(0);
  });
  it('a calculator: Tab moves the keys from the inputs to the results, which scroll', () => {
    const view = { rows: 60, height: 15 };
    let s = reduce(press(initialState(), 'trip'), 'tab', view);
    expect(s.focus).toBe('results');
    s = reduce(s, 'end', view);
    expect(s.scroll).toBe(45);
    expect(s.field).toBe(0);
    s = reduce(reduce(s, 'tab', view), 'down', view);
    expect(s).toMatchObject({ focus: 'form', field: 1 });
  });
  it('/ filters the line-up; Esc clears the filter before it goes back', () => {
    let s = press(initialState(), 'filter', { char: 'a' }, { char: 'c' }, { char: 'e' });
    expect(s).toMatchObject({ filtering: true, filter: 'ace' });
    s = press(s, 'enter');
    expect(s.filtering).toBe(false);
    expect(screenOf(press(s, 'enter'))).toEqual({ name: 'detail', id: 'aceman-e' });
    expect(screenOf(press(s, 'down', 'enter'))).toEqual({ name: 'detail', id: 'aceman-se' });
    expect(press(s, 'escape')).toMatchObject({ filter: '', stack: [{ name: 'lineup' }] });
  });
});

describe('the market on the cost calculator', () => {
  it('m cycles none → each market → none, only on the cost calculator', () => {
    let s: State = { ...initialState(), stack: [{ name: 'calc', kind: 'cost', id: 'cooper-e-j01' }] };
    const seen: (string | undefined)[] = [];
    for (let i = 0; i <= marketIds.length; i++) {
      s = reduce(s, 'market');
      seen.push(s.market);
    }
    expect(seen).toEqual([...marketIds, undefined]);
    const range: State = { ...initialState(), stack: [{ name: 'calc', kind: 'range', id: 'cooper-e-j01' }] };
    expect(reduce(range, 'market').market).toBeUndefined();
  });
  it('steps a price from the market’s, in its gallon', () => {
    const uk = getMarket('uk');
    const s: State = {
      ...initialState('imperial'),
      market: 'uk',
      stack: [{ name: 'calc', kind: 'cost', id: 'cooper-e-j01' }],
    };
    const fuelPrice = screenFields('cost').findIndex((f) => f.key === 'pricePerLitre');
    const up = reduce({ ...s, field: fuelPrice }, 'right');
    // 1.42 £/L is 6.455 £ per UK gallon; the next 0.05 step is 6.50 per UK gallon.
    expect(up.inputs.cost.pricePerLitre).toBeCloseTo(6.5 / 4.54609, 9);
    expect(uk.prices.petrol!.value).toBe(1.42);
  });
});
