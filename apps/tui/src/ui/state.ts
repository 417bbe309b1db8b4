/**
 * The interactive app's state and a pure reducer over key presses: no React, no terminal, fully testable.
 */
import {
  type CarLimits,
  CONTRACTS,
  carLimits,
  contractDefaults,
  dataSet,
  type Field,
  fieldOf,
  fromShown,
  getVehicle,
  isCalculable,
  limitsOf,
  roundTo,
  stepOf,
  toShown,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';

export type CalcKind = 'range' | 'charge' | 'cost' | 'trip';
export type Screen =
  | { name: 'lineup' }
  | { name: 'detail'; id: string }
  | { name: 'compare'; ids: string[] }
  | { name: 'calc'; kind: CalcKind; id: string }
  | { name: 'history' }
  | { name: 'sources' };

/** The contract fields each calculator screen shows, in order (layout only: every default, limit, step
 * and label comes from the contract). Optional fields without a default are left to the CLI and the site. */
export const SCREEN_FIELDS: Record<CalcKind, readonly string[]> = {
  range: ['mode', 'speedKmh', 'tempC', 'climate', 'payloadKg', 'fromPct', 'toPct'],
  charge: ['ac', 'fromPct', 'toPct', 'chargerKW', 'batteryTempC'],
  cost: [
    'yearlyKm',
    'homePricePerKWh',
    'publicPricePerKWh',
    'publicSharePct',
    'tempC',
    'fuel',
    'litresPer100Km',
    'pricePerLitre',
  ],
  trip: [
    'distanceKm',
    'speedKmh',
    'tempC',
    'chargerKW',
    'chargerSpacingKm',
    'startSocPct',
    'arrivalSocPct',
    'stopOverheadMin',
  ],
};

/** A calculator's fields as the screen shows them: the contract's, in the screen's order. */
export function screenFields(kind: CalcKind): Field[] {
  return SCREEN_FIELDS[kind].map((k) => fieldOf(CONTRACTS[kind], k));
}

type Value = number | string | boolean;

/** The value a field shows: what the person set, or the contract's default for this car and these inputs. */
export function fieldValue(
  kind: CalcKind,
  f: Field,
  inputs: Record<string, Value>,
  car: CarLimits | undefined,
): Value {
  if (inputs[f.key] !== undefined) return inputs[f.key]!;
  return contractDefaults(CONTRACTS[kind], car, inputs)[f.key]!;
}

/**
 * One step of a field in the reader's units: to the next multiple of the contract's step in that system
 * (70 mph, 75 mph …), held within the contract's limits for this car.
 */
export function stepValue(
  kind: CalcKind,
  f: Field,
  inputs: Record<string, Value>,
  car: CarLimits | undefined,
  system: UnitSystem,
  dir: 1 | -1,
): Value {
  const current = fieldValue(kind, f, inputs, car);
  if (f.type === 'boolean') return !current;
  if (f.type === 'choice') {
    const values = f.choices.map((c) => c.value);
    return values[(values.indexOf(String(current)) + dir + values.length) % values.length]!;
  }
  const step = stepOf(f, system, car, inputs);
  const shown = roundTo(toShown(f.quantity, current as number, system), 6);
  const k = dir > 0 ? Math.floor(shown / step + 1e-9) + 1 : Math.ceil(shown / step - 1e-9) - 1;
  const next = fromShown(f.quantity, roundTo(k * step, 6), system);
  const { min, max } = limitsOf(f, car, inputs);
  return roundTo(Math.min(max, Math.max(min, next)), 9);
}

export interface State {
  stack: Screen[];
  cursor: number;
  marked: string[];
  units: UnitSystem;
  help: boolean;
  field: number;
  /** What the person set on each calculator (metric); anything absent takes the contract's default. */
  inputs: Record<CalcKind, Record<string, Value>>;
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
  const inputs: State['inputs'] = { range: {}, charge: {}, cost: {}, trip: {} };
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

function adjust(s: State, kind: CalcKind, id: string, dir: 1 | -1): State {
  const f = screenFields(kind)[s.field]!;
  const car = carLimits(vehicleModel(getVehicle(id)));
  const value = stepValue(kind, f, s.inputs[kind], car, s.units, dir);
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
      const fields = SCREEN_FIELDS[screen.kind];
      if (key === 'up') return { ...s, field: (s.field - 1 + fields.length) % fields.length };
      if (key === 'down') return { ...s, field: (s.field + 1) % fields.length };
      if (key === 'left') return adjust(s, screen.kind, screen.id, -1);
      if (key === 'right') return adjust(s, screen.kind, screen.id, 1);
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
