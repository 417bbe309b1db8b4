/**
 * The interactive app's state and a pure reducer over key presses: no React, no terminal, fully testable.
 */
import {
  type CarLimits,
  CONTRACTS,
  carLimits,
  contractDefaults,
  dataSet,
  describeInputError,
  type Field,
  fallbackCarNotice,
  fieldOf,
  fromShown,
  type GallonKind,
  getMarket,
  getVehicle,
  InvalidInputError,
  isCalculable,
  limitsOf,
  type Market,
  type MarketId,
  marketIds,
  notCalculableReason,
  roundTo,
  stepOf,
  toShown,
  type UnitSystem,
  vehicleModel,
} from '@mini-ev/core';
import { bareNumber } from '../flags.js';

export type CalcKind = 'range' | 'charge' | 'cost' | 'trip';
export type Screen =
  | { name: 'lineup' }
  | { name: 'detail'; id: string }
  | { name: 'compare'; ids: string[] }
  | { name: 'calc'; kind: CalcKind; id: string }
  | { name: 'history' }
  | { name: 'sources' }
  | { name: 'accuracy' };

/** The contract fields each calculator screen shows, in order (layout only: every default, limit, step
 * and label comes from the contract). Optional fields without a default are left to the CLI and the site. */
export const SCREEN_FIELDS: Record<CalcKind, readonly string[]> = {
  range: ['mode', 'speedKmh', 'tempC', 'climate', 'payloadKg', 'fromPct', 'toPct'],
  charge: ['ac', 'fromPct', 'toPct', 'chargerKW', 'batteryTempC', 'pricePerKWh'],
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
/**
 * A calculator's inputs as core takes them: what the reader set, and for the running cost the chosen market
 * (its prices then are the contract's defaults).
 */
export function calcInputs(
  kind: CalcKind,
  s: Pick<State, 'inputs' | 'market'>,
): Record<string, Value | Market> {
  const set = s.inputs[kind];
  return kind === 'cost' && s.market ? { ...set, market: getMarket(s.market) } : set;
}

/** The gallon imperial fuel figures are in on a calculator: the chosen market's, else US. */
export function gallonOf(kind: CalcKind, s: Pick<State, 'market'>): GallonKind | undefined {
  return kind === 'cost' && s.market ? getMarket(s.market).gallon : undefined;
}

export function screenFields(kind: CalcKind): Field[] {
  return SCREEN_FIELDS[kind].map((k) => fieldOf(CONTRACTS[kind], k));
}

type Value = number | string | boolean;

/** The value a field shows: what the person set, or the contract's default for this car and these inputs. */
export function fieldValue(
  kind: CalcKind,
  f: Field,
  inputs: Record<string, Value | Market>,
  car: CarLimits | undefined,
): Value | undefined {
  if (inputs[f.key] !== undefined) return inputs[f.key] as Value;
  return contractDefaults(CONTRACTS[kind], car, inputs)[f.key];
}

/**
 * One step of a field in the reader's units: to the next multiple of the contract's step in that system
 * (70 mph, 75 mph …), held within the contract's limits for this car.
 */
export function stepValue(
  kind: CalcKind,
  f: Field,
  inputs: Record<string, Value | Market>,
  car: CarLimits | undefined,
  system: UnitSystem,
  dir: 1 | -1,
  gallon?: GallonKind,
): Value {
  // A field with no value (a price the market has no source for) starts from its lower limit.
  const current =
    fieldValue(kind, f, inputs, car) ?? (f.type === 'number' ? limitsOf(f, car, inputs).min : 0);
  if (f.type === 'boolean') return !current;
  if (f.type === 'choice') {
    const values = f.choices.map((c) => c.value);
    return values[(values.indexOf(String(current)) + dir + values.length) % values.length]!;
  }
  const step = stepOf(f, system, car, inputs);
  const shown = roundTo(toShown(f.quantity, current as number, system, gallon), 6);
  const k = dir > 0 ? Math.floor(shown / step + 1e-9) + 1 : Math.ceil(shown / step - 1e-9) - 1;
  const next = fromShown(f.quantity, roundTo(k * step, 6), system, gallon);
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
  /** On a calculator: whether the keys go to the inputs or scroll the results (Tab switches). */
  focus: 'form' | 'results';
  /** What the person set on each calculator (metric); anything absent takes the contract's default. */
  inputs: Record<CalcKind, Record<string, Value>>;
  /** The market the running cost is priced in (`m` cycles it); none: bare numbers in your own currency. */
  market: MarketId | undefined;
  message: string | undefined;
  /** First visible row of the screen's body (every screen scrolls). */
  scroll: number;
  /** The first car shown on compare when the cars do not all fit side by side. */
  page: number;
  /** The line-up's and the sources' filter (`/`), and whether it is being typed. */
  filter: string;
  filtering: boolean;
  /** On a calculator: the value being typed into the chosen number field (Enter opens it), in shown units. */
  editing: string | undefined;
  quit: boolean;
  /** Exit code on quitting: 0, or 130 after Ctrl+C. */
  exitCode: number;
}

export type Key =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'enter'
  | 'space'
  | 'tab'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'escape'
  | 'back'
  | 'quit'
  | 'interrupt'
  | 'help'
  | 'units'
  | 'market'
  | 'compare'
  | 'history'
  | 'sources'
  | 'accuracy'
  | 'range'
  | 'charge'
  | 'cost'
  | 'trip'
  | 'nextCar'
  | 'prevCar'
  | 'filter'
  | { char: string };

/** The commands behind single characters, when no text is being typed. */
const CHARS: Record<string, Key> = {
  ' ': 'space',
  '?': 'help',
  q: 'quit',
  u: 'units',
  m: 'market',
  c: 'compare',
  h: 'history',
  s: 'sources',
  a: 'accuracy',
  '1': 'range',
  '2': 'charge',
  '3': 'cost',
  '4': 'trip',
  ']': 'nextCar',
  '[': 'prevCar',
  '/': 'filter',
  k: 'up',
  j: 'down',
  g: 'home',
  G: 'end',
  b: 'back',
};

/** The command a character stands for, if any. @example commandOf('q') // 'quit' */
export function commandOf(ch: string): Key | undefined {
  return CHARS[ch];
}

/** What the reducer needs to know of the screen as drawn: its body's rows and the rows that fit. */
export interface View {
  rows: number;
  height: number;
}

const ids = dataSet.vehicles.map((v) => v.id);
export const calculableIds = dataSet.vehicles.filter(isCalculable).map((v) => v.id);

export function initialState(units: UnitSystem = 'metric'): State {
  const inputs: State['inputs'] = { range: {}, charge: {}, cost: {}, trip: {} };
  return {
    stack: [{ name: 'lineup' }],
    cursor: 0,
    marked: [],
    units,
    help: false,
    field: 0,
    focus: 'form',
    inputs,
    market: undefined,
    message: undefined,
    scroll: 0,
    page: 0,
    filter: '',
    filtering: false,
    editing: undefined,
    quit: false,
    exitCode: 0,
  };
}

export const screenOf = (s: State): Screen => s.stack[s.stack.length - 1]!;

/** The line-up's cars, as filtered with `/` (by name or id, case-insensitive). */
export function lineupIds(s: Pick<State, 'filter'>): string[] {
  const f = s.filter.trim().toLowerCase();
  return f === ''
    ? ids
    : dataSet.vehicles.filter((v) => `${v.id} ${v.name}`.toLowerCase().includes(f)).map((v) => v.id);
}

const fresh = {
  field: 0,
  scroll: 0,
  page: 0,
  focus: 'form' as const,
  message: undefined,
  filter: '',
  filtering: false,
  editing: undefined,
};

/**
 * Opens a screen. A screen already on the stack (history, sources, the line-up) is returned to rather than
 * stacked again, so repeated jumps never make the way back longer.
 */
const push = (s: State, screen: Screen): State => {
  const at = s.stack.findIndex((x) => JSON.stringify(x) === JSON.stringify(screen));
  if (at >= 0) return { ...s, ...fresh, stack: s.stack.slice(0, at + 1) };
  // History, sources and accuracy replace each other rather than stack.
  const reference = (x: Screen) => x.name === 'history' || x.name === 'sources' || x.name === 'accuracy';
  const swap = reference(screenOf(s)) && reference(screen);
  return { ...s, ...fresh, stack: [...(swap ? s.stack.slice(0, -1) : s.stack), screen] };
};

/** The car a calculator opens on: the one in view, or the first that can be calculated. */
function carFor(s: State): string {
  const screen = screenOf(s);
  const here =
    screen.name === 'detail' || screen.name === 'calc'
      ? screen.id
      : screen.name === 'lineup'
        ? lineupIds(s)[s.cursor]
        : undefined;
  return here && calculableIds.includes(here) ? here : calculableIds[0]!;
}

function openCalc(s: State, kind: CalcKind): State {
  const screen = screenOf(s);
  const base = screen.name === 'calc' ? { ...s, stack: s.stack.slice(0, -1) } : s;
  const next = push(base, { name: 'calc', kind, id: carFor(s) });
  const wanted =
    screen.name === 'lineup' ? lineupIds(s)[s.cursor] : screen.name === 'detail' ? screen.id : undefined;
  if (!wanted || calculableIds.includes(wanted)) return next;
  const v = getVehicle(wanted);
  return {
    ...next,
    message: fallbackCarNotice({ name: v.name, reason: notCalculableReason(v)! }, getVehicle(carFor(s))),
  };
}

function adjust(s: State, kind: CalcKind, id: string, dir: 1 | -1): State {
  const f = screenFields(kind)[s.field]!;
  const car = carLimits(vehicleModel(getVehicle(id)));
  const value = stepValue(kind, f, calcInputs(kind, s), car, s.units, dir, gallonOf(kind, s));
  return { ...s, inputs: { ...s.inputs, [kind]: { ...s.inputs[kind], [f.key]: value } } };
}

/**
 * Sets the typed value of the chosen field, read in the reader's units (a decimal comma counts as a point).
 * Empty leaves the field as it was; what is not a plain number stays in the box with core's message. A number
 * outside the limits is set, and core's answer names the field and what is allowed, as for a stepped value.
 */
function typed(s: State, kind: CalcKind): State {
  const f = screenFields(kind)[s.field];
  const text = (s.editing ?? '').trim().replace(',', '.');
  if (f?.type !== 'number' || text === '') return { ...s, editing: undefined };
  // A number as the CLI's flags read one, in the reader's units.
  const shown = bareNumber(text);
  if (shown === undefined) {
    const err = new InvalidInputError(f.key, s.editing, 'a number', { rule: 'type', quantity: f.quantity });
    return { ...s, message: describeInputError(err, { system: s.units, nameOf: () => f.label }) };
  }
  return {
    ...s,
    editing: undefined,
    message: undefined,
    inputs: {
      ...s.inputs,
      [kind]: {
        ...s.inputs[kind],
        [f.key]: roundTo(fromShown(f.quantity, shown, s.units, gallonOf(kind, s)), 9),
      },
    },
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
/** The last first-row that still fills the view. */
const bottom = (v: View) => Math.max(0, v.rows - v.height);

/** Scroll keys, on any screen: one row, a page, or to either end; always within the content. */
function scroll(s: State, key: Key, v: View): State | undefined {
  const page = Math.max(1, v.height - 1);
  const to = (n: number) => ({ ...s, scroll: clamp(n, 0, bottom(v)) });
  const from = clamp(s.scroll, 0, bottom(v));
  if (key === 'up') return to(from - 1);
  if (key === 'down') return to(from + 1);
  if (key === 'pageUp') return to(from - page);
  if (key === 'pageDown') return to(from + page);
  if (key === 'home') return to(0);
  if (key === 'end') return to(bottom(v));
  return undefined;
}

/** Where a calculator's inputs start in its body: after the title (and the cost's market line) and a blank line. */
export const fieldRow = (kind: CalcKind): number => (kind === 'cost' ? 3 : 2);

/** Rows above the line-up's first car (its column headers). */
export const LINEUP_HEADER = 1;

/** The line-up cursor and its scroll: keys move the cursor, the view follows it. */
function moveCursor(s: State, to: number, n: number, v: View): State {
  const cursor = n === 0 ? 0 : ((to % n) + n) % n;
  // The line-up's first row is its column headers; on the way to the top, show them too.
  const row = cursor + LINEUP_HEADER;
  const scroll = clamp(clamp(s.scroll, row - v.height + 1, cursor === 0 ? 0 : row), 0, bottom(v));
  return { ...s, cursor, scroll, message: undefined };
}

/** The pure transition. `view` is the current screen's body as drawn: its rows and how many fit. */
export function reduce(
  s: State,
  typedKey: Key,
  view: View = { rows: ids.length, height: ids.length },
): State {
  // A character is text while a filter or a value is being typed, and otherwise the command it stands for.
  let key = typedKey;
  if (typeof key === 'object' && !s.filtering && s.editing === undefined) {
    const command = commandOf(key.char);
    if (!command) return s;
    key = command;
  }
  // Typing a filter: letters go into it; Enter keeps it, Esc clears it.
  if (s.filtering) {
    if (typeof key === 'object') return { ...s, filter: s.filter + key.char, cursor: 0, scroll: 0 };
    if (key === 'space') return { ...s, filter: `${s.filter} `, cursor: 0, scroll: 0 };
    if (key === 'back') return { ...s, filter: s.filter.slice(0, -1), cursor: 0, scroll: 0 };
    if (key === 'enter') return { ...s, filtering: false };
    if (key === 'escape') return { ...s, filtering: false, filter: '', cursor: 0, scroll: 0 };
    if (key === 'interrupt') return { ...s, quit: true, exitCode: 130 };
    return s;
  }
  if (key === 'interrupt') return { ...s, quit: true, exitCode: 130 };
  // Typing a value into a calculator's number field: digits, a point and a sign; Enter sets it, Esc leaves it.
  if (s.editing !== undefined) {
    const screen = screenOf(s);
    if (typeof key === 'object')
      return /^[0-9.,+-]$/.test(key.char) ? { ...s, editing: s.editing + key.char, message: undefined } : s;
    if (key === 'back') return { ...s, editing: s.editing.slice(0, -1) };
    if (key === 'escape') return { ...s, editing: undefined, message: undefined };
    if (key === 'enter' && screen.name === 'calc') return typed(s, screen.kind);
    return s;
  }
  // The help overlay holds every key: Esc, ?, q and b close it; the arrows scroll it.
  if (s.help) {
    if (key === 'escape' || key === 'help' || key === 'quit' || key === 'back')
      return { ...s, help: false, scroll: 0 };
    return scroll(s, key, view) ?? s;
  }
  if (typeof key === 'object') return s;
  if (key === 'quit') return { ...s, quit: true };
  if (key === 'help') return { ...s, help: true, scroll: 0 };
  if (key === 'units') return { ...s, units: s.units === 'metric' ? 'imperial' : 'metric' };
  if (key === 'escape' || key === 'back') {
    const name = screenOf(s).name;
    if ((name === 'lineup' || name === 'sources') && s.filter !== '')
      return { ...s, filter: '', cursor: 0, scroll: 0 };
    return s.stack.length > 1 ? { ...s, ...fresh, stack: s.stack.slice(0, -1) } : s;
  }
  if (key === 'range' || key === 'charge' || key === 'cost' || key === 'trip') return openCalc(s, key);
  if (key === 'history') return push(s, { name: 'history' });
  if (key === 'sources') return push(s, { name: 'sources' });
  if (key === 'accuracy') return push(s, { name: 'accuracy' });

  const screen = screenOf(s);
  switch (screen.name) {
    case 'lineup': {
      const list = lineupIds(s);
      const n = list.length;
      if (key === 'filter') return { ...s, filtering: true };
      if (key === 'up') return moveCursor(s, s.cursor - 1, n, view);
      if (key === 'down') return moveCursor(s, s.cursor + 1, n, view);
      if (key === 'pageUp') return moveCursor(s, Math.max(0, s.cursor - view.height), n, view);
      if (key === 'pageDown') return moveCursor(s, Math.min(n - 1, s.cursor + view.height), n, view);
      if (key === 'home') return moveCursor(s, 0, n, view);
      if (key === 'end') return moveCursor(s, n - 1, n, view);
      const id = list[s.cursor];
      if (key === 'enter' && id) return push(s, { name: 'detail', id });
      if (key === 'space' && id) {
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
      if (key === 'tab') return { ...s, focus: s.focus === 'form' ? 'results' : 'form' };
      if (key === 'nextCar' || key === 'prevCar') {
        const i = calculableIds.indexOf(screen.id);
        const n = calculableIds.length;
        const id = calculableIds[(i + (key === 'nextCar' ? 1 : -1) + n) % n]!;
        return { ...s, stack: [...s.stack.slice(0, -1), { ...screen, id }], message: undefined };
      }
      if (s.focus === 'form' && (key === 'up' || key === 'down')) {
        const field = (s.field + (key === 'down' ? 1 : -1) + fields.length) % fields.length;
        // Keep the chosen input in view.
        const row = fieldRow(screen.kind) + field;
        return { ...s, field, scroll: clamp(clamp(s.scroll, row - view.height + 1, row), 0, bottom(view)) };
      }
      if (key === 'market' && screen.kind === 'cost') {
        const order = [undefined, ...marketIds];
        const market = order[(order.indexOf(s.market) + 1) % order.length];
        return { ...s, market, message: undefined };
      }
      if (s.focus === 'form' && key === 'enter' && screenFields(screen.kind)[s.field]?.type === 'number')
        return { ...s, editing: '', message: undefined };
      if (s.focus === 'form' && key === 'left') return adjust(s, screen.kind, screen.id, -1);
      if (s.focus === 'form' && key === 'right') return adjust(s, screen.kind, screen.id, 1);
      return scroll(s, key, view) ?? s;
    }
    case 'compare': {
      if (key === 'left') return { ...s, page: Math.max(0, s.page - 1) };
      if (key === 'right') return { ...s, page: Math.min(screen.ids.length - 1, s.page + 1) };
      return scroll(s, key, view) ?? s;
    }
    case 'detail': {
      if (key === 'nextCar' || key === 'prevCar') {
        const i = ids.indexOf(screen.id);
        const id = ids[(i + (key === 'nextCar' ? 1 : -1) + ids.length) % ids.length]!;
        return { ...s, stack: [...s.stack.slice(0, -1), { name: 'detail', id }], scroll: 0 };
      }
      return scroll(s, key, view) ?? s;
    }
    case 'sources': {
      if (key === 'filter') return { ...s, filtering: true };
      return scroll(s, key, view) ?? s;
    }
    default:
      return scroll(s, key, view) ?? s;
  }
}
