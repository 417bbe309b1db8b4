/**
 * The interactive app's state and a pure reducer over key presses: no React, no terminal, fully testable.
 */
import { dataSet, isCalculable, type UnitSystem } from '@mini-ev/core';

export type CalcKind = 'range' | 'charge' | 'cost' | 'trip';
export type Screen =
  | { name: 'lineup' }
  | { name: 'detail'; id: string }
  | { name: 'compare'; ids: string[] }
  | { name: 'calc'; kind: CalcKind; id: string }
  | { name: 'history' }
  | { name: 'sources' };

/** One editable input of a calculator: value in metric, step, limits. */
export interface Field {
  key: string;
  label: string;
  unit: 'km/h' | '°C' | '%' | 'kW' | 'km' | 'kg' | 'price' | 'L/100 km' | 'bool';
  value: number;
  step: number;
  min: number;
  max: number;
}

export const CALC_FIELDS: Record<CalcKind, Field[]> = {
  range: [
    { key: 'speedKmh', label: 'Speed', unit: 'km/h', value: 110, step: 10, min: 30, max: 170 },
    { key: 'tempC', label: 'Temperature', unit: '°C', value: 20, step: 5, min: -30, max: 45 },
    { key: 'fromPct', label: 'Start charge', unit: '%', value: 100, step: 5, min: 5, max: 100 },
    { key: 'toPct', label: 'Reserve', unit: '%', value: 0, step: 5, min: 0, max: 50 },
    { key: 'payloadKg', label: 'Extra load', unit: 'kg', value: 0, step: 25, min: 0, max: 500 },
  ],
  charge: [
    { key: 'fromPct', label: 'From', unit: '%', value: 10, step: 5, min: 0, max: 95 },
    { key: 'toPct', label: 'To', unit: '%', value: 80, step: 5, min: 5, max: 100 },
    { key: 'chargerKW', label: 'Charger', unit: 'kW', value: 150, step: 25, min: 25, max: 350 },
    { key: 'ac', label: 'AC wall box', unit: 'bool', value: 0, step: 1, min: 0, max: 1 },
  ],
  cost: [
    {
      key: 'yearlyKm',
      label: 'Distance a year',
      unit: 'km',
      value: 12000,
      step: 1000,
      min: 1000,
      max: 100000,
    },
    {
      key: 'homePricePerKWh',
      label: 'Home price / kWh',
      unit: 'price',
      value: 0.3,
      step: 0.02,
      min: 0,
      max: 2,
    },
    {
      key: 'publicPricePerKWh',
      label: 'Public price / kWh',
      unit: 'price',
      value: 0.55,
      step: 0.05,
      min: 0,
      max: 2,
    },
    { key: 'publicSharePct', label: 'Public share', unit: '%', value: 20, step: 10, min: 0, max: 100 },
    { key: 'litresPer100Km', label: 'Petrol car', unit: 'L/100 km', value: 6.5, step: 0.5, min: 2, max: 20 },
    {
      key: 'pricePerLitre',
      label: 'Petrol price / L',
      unit: 'price',
      value: 1.8,
      step: 0.05,
      min: 0,
      max: 5,
    },
  ],
  trip: [
    { key: 'distanceKm', label: 'Distance', unit: 'km', value: 500, step: 50, min: 50, max: 3000 },
    { key: 'speedKmh', label: 'Speed', unit: 'km/h', value: 120, step: 10, min: 60, max: 170 },
    { key: 'tempC', label: 'Temperature', unit: '°C', value: 20, step: 5, min: -30, max: 45 },
    { key: 'chargerKW', label: 'Chargers', unit: 'kW', value: 150, step: 25, min: 25, max: 350 },
    { key: 'chargerSpacingKm', label: 'Charger every', unit: 'km', value: 60, step: 10, min: 10, max: 300 },
    { key: 'startSocPct', label: 'Start charge', unit: '%', value: 90, step: 5, min: 10, max: 100 },
  ],
};

export interface State {
  stack: Screen[];
  cursor: number;
  marked: string[];
  units: UnitSystem;
  help: boolean;
  field: number;
  inputs: Record<CalcKind, Record<string, number>>;
  message: string | undefined;
  /** First visible row of a scrolling screen. */
  scroll: number;
  quit: boolean;
}

export type Key =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'enter'
  | 'space'
  | 'back'
  | 'quit'
  | 'help'
  | 'units'
  | 'compare'
  | 'history'
  | 'sources'
  | 'range'
  | 'charge'
  | 'cost'
  | 'trip'
  | 'nextCar'
  | 'prevCar';

const ids = dataSet.vehicles.map((v) => v.id);
export const calculableIds = dataSet.vehicles.filter(isCalculable).map((v) => v.id);

export function initialState(): State {
  const inputs = Object.fromEntries(
    Object.entries(CALC_FIELDS).map(([k, fields]) => [
      k,
      Object.fromEntries(fields.map((f) => [f.key, f.value])),
    ]),
  ) as State['inputs'];
  return {
    stack: [{ name: 'lineup' }],
    cursor: 0,
    marked: [],
    units: 'metric',
    help: false,
    field: 0,
    inputs,
    message: undefined,
    scroll: 0,
    quit: false,
  };
}

export const screenOf = (s: State): Screen => s.stack[s.stack.length - 1]!;

const push = (s: State, screen: Screen): State => ({
  ...s,
  stack: [...s.stack, screen],
  field: 0,
  scroll: 0,
  message: undefined,
});

/** The car a calculator opens on: the one in view, or the first that can be calculated. */
function carFor(s: State): string {
  const screen = screenOf(s);
  const here =
    screen.name === 'detail' || screen.name === 'calc'
      ? screen.id
      : screen.name === 'lineup'
        ? ids[s.cursor]
        : undefined;
  return here && calculableIds.includes(here) ? here : calculableIds[0]!;
}

function openCalc(s: State, kind: CalcKind): State {
  const screen = screenOf(s);
  const base = screen.name === 'calc' ? { ...s, stack: s.stack.slice(0, -1) } : s;
  const next = push(base, { name: 'calc', kind, id: carFor(s) });
  const wanted =
    screen.name === 'lineup' || screen.name === 'detail'
      ? screen.name === 'lineup'
        ? ids[s.cursor]
        : screen.id
      : undefined;
  return wanted && !calculableIds.includes(wanted)
    ? { ...next, message: `${wanted} has no WLTP figure to calculate with; showing ${carFor(s)}.` }
    : next;
}

function adjust(s: State, kind: CalcKind, dir: 1 | -1): State {
  const f = CALC_FIELDS[kind][s.field]!;
  const current = s.inputs[kind][f.key]!;
  const value = Math.round(Math.min(f.max, Math.max(f.min, current + dir * f.step)) * 1000) / 1000;
  return { ...s, inputs: { ...s.inputs, [kind]: { ...s.inputs[kind], [f.key]: value } } };
}

function scroll(s: State, key: Key, rows: number): State {
  if (key === 'up') return { ...s, scroll: Math.max(0, s.scroll - 1) };
  if (key === 'down') return { ...s, scroll: Math.min(Math.max(0, rows - 1), s.scroll + 1) };
  return s;
}

/** The pure transition. `listLength` is how many rows the current list screen has. */
export function reduce(s: State, key: Key, listLength = ids.length): State {
  if (key === 'quit') return { ...s, quit: true };
  if (key === 'help') return { ...s, help: !s.help };
  if (key === 'units') return { ...s, units: s.units === 'metric' ? 'imperial' : 'metric' };
  if (key === 'back') {
    if (s.help) return { ...s, help: false };
    return s.stack.length > 1
      ? { ...s, stack: s.stack.slice(0, -1), field: 0, scroll: 0, message: undefined }
      : s;
  }
  if (key === 'range' || key === 'charge' || key === 'cost' || key === 'trip') return openCalc(s, key);
  if (key === 'history') return push(s, { name: 'history' });
  if (key === 'sources') return push(s, { name: 'sources' });

  const screen = screenOf(s);
  switch (screen.name) {
    case 'lineup': {
      if (key === 'up') return { ...s, cursor: (s.cursor - 1 + listLength) % listLength };
      if (key === 'down') return { ...s, cursor: (s.cursor + 1) % listLength };
      if (key === 'enter') return push(s, { name: 'detail', id: ids[s.cursor]! });
      if (key === 'space') {
        const id = ids[s.cursor]!;
        if (s.marked.includes(id))
          return { ...s, marked: s.marked.filter((m) => m !== id), message: undefined };
        if (s.marked.length >= 4) return { ...s, message: 'Compare takes at most four cars.' };
        return { ...s, marked: [...s.marked, id], message: undefined };
      }
      if (key === 'compare') {
        if (s.marked.length < 2) return { ...s, message: 'Mark two to four cars with Space, then press c.' };
        return push(s, { name: 'compare', ids: s.marked });
      }
      return s;
    }
    case 'calc': {
      const fields = CALC_FIELDS[screen.kind];
      if (key === 'up') return { ...s, field: (s.field - 1 + fields.length) % fields.length };
      if (key === 'down') return { ...s, field: (s.field + 1) % fields.length };
      if (key === 'left') return adjust(s, screen.kind, -1);
      if (key === 'right') return adjust(s, screen.kind, 1);
      if (key === 'nextCar' || key === 'prevCar') {
        const i = calculableIds.indexOf(screen.id);
        const n = calculableIds.length;
        const id = calculableIds[(i + (key === 'nextCar' ? 1 : -1) + n) % n]!;
        return { ...s, stack: [...s.stack.slice(0, -1), { ...screen, id }], message: undefined };
      }
      return s;
    }
    case 'detail': {
      if (key === 'nextCar' || key === 'prevCar') {
        const i = ids.indexOf(screen.id);
        const id = ids[(i + (key === 'nextCar' ? 1 : -1) + ids.length) % ids.length]!;
        return { ...s, stack: [...s.stack.slice(0, -1), { name: 'detail', id }], scroll: 0 };
      }
      return scroll(s, key, listLength);
    }
    default:
      return scroll(s, key, listLength);
  }
}
