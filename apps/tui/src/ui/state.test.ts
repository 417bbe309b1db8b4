import { fieldOf, fToC, limitsOf, mphToKmh, type NumberField, RANGE_CONTRACT } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type State, screenOf } from './state.js';

const press = (s: State, ...keys: Parameters<typeof reduce>[1][]) =>
  keys.reduce((acc, k) => reduce(acc, k), s);

describe('the app reducer', () => {
  it('moves through the line-up and opens a car', () => {
    const s = press(initialState(), 'down', 'down', 'down', 'enter');
    expect(screenOf(s)).toEqual({ name: 'detail', id: 'cooper-se-j01' });
    expect(screenOf(reduce(s, 'back')).name).toBe('lineup');
  });
  it('wraps around the list', () => {
    expect(press(initialState(), 'up').cursor).toBe(8);
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
  it('a calculator never opens on a concept: it says so and picks a car it can', () => {
    const s = press(initialState(), 'down', 'down', 'down', 'down', 'down', 'down', 'trip');
    expect(screenOf(s)).toMatchObject({ name: 'calc', kind: 'trip', id: 'cooper-se-f56' });
    expect(s.message).toMatch(/rocketman-concept has no WLTP/);
  });
  it('toggles units and help, and quits', () => {
    const s = press(initialState(), 'units', 'help');
    expect(s.units).toBe('imperial');
    expect(s.help).toBe(true);
    expect(press(s, 'back').help).toBe(false);
    expect(press(s, 'quit').quit).toBe(true);
  });
});
