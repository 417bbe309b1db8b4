import {
  assumptionNotes,
  CONTRACTS,
  carLimits,
  contractDefaults,
  describeInputError,
  describeLimited,
  type Field,
  type FormatOptions,
  fieldHelp,
  fieldOf,
  getMarket,
  getVehicle,
  InvalidInputError,
  MARKET_CHOICE,
  MiniEvError,
  marketHeading,
  shownValue,
  unitOf,
  type VehicleModel,
  vehicleModel,
} from '@mini-ev/core';
import { assumptionRows, blank, heading, type Row } from '../rows.js';
import { type CalcKind, calcInputs, fieldValue, gallonOf, type State, screenFields } from '../state.js';
import type { CalcScreen, Inputs, ResultContext } from './calc-screen.js';
import { chargeScreen } from './charge.js';
import { costScreen } from './cost.js';
import { rangeScreen } from './range.js';
import { tripScreen } from './trip.js';

/**
 * Asks core for a screen's result and lays it out: the screen's rows, then what the answer rests on, the car
 * model's flags first (an official figure out of the model's reach points at wrong data).
 */
function draw<R extends { assumptions: readonly string[] }>(
  screen: CalcScreen<R>,
  m: VehicleModel,
  input: Inputs,
  ctx: ResultContext,
): Row[] {
  const r = screen.compute(m, input);
  const n = assumptionNotes(m, r.assumptions, ctx.fmt);
  return [...screen.rows(r, ctx), blank, heading(n.heading), ...assumptionRows(n)];
}

function drawScreen(kind: CalcKind, m: VehicleModel, input: Inputs, ctx: ResultContext): Row[] {
  switch (kind) {
    case 'range':
      return draw(rangeScreen, m, input, ctx);
    case 'charge':
      return draw(chargeScreen, m, input, ctx);
    case 'cost':
      return draw(costScreen, m, input, ctx);
    case 'trip':
      return draw(tripScreen, m, input, ctx);
  }
}

/**
 * What core answers for a calculator screen's state: the car on screen, with the inputs the reader set (the
 * rest take the contract's defaults). Throws core's InvalidInputError for an input core refuses.
 */
export function screenResult(
  kind: CalcKind,
  id: string,
  state: Pick<State, 'inputs'> & Partial<Pick<State, 'market'>>,
): unknown {
  const m = vehicleModel(getVehicle(id));
  const input = calcInputs(kind, { market: undefined, ...state });
  switch (kind) {
    case 'range':
      return rangeScreen.compute(m, input);
    case 'charge':
      return chargeScreen.compute(m, input);
    case 'cost':
      return costScreen.compute(m, input);
    case 'trip':
      return tripScreen.compute(m, input);
  }
}

/** A field's value as the reader sees it: the contract's unit in the chosen system, rounded by core. */
function fieldText(f: Field, value: number | string | boolean | undefined, fmt: FormatOptions): string {
  if (f.type === 'boolean') return value ? 'on' : 'off';
  if (f.type === 'choice')
    return f.choices.find((c) => c.value === value)?.label.replace(/ \(.*/, '') ?? String(value);
  if (value === undefined) return 'not set';
  const system = fmt.system ?? 'metric';
  const shown = shownValue(f.quantity, value as number, system, 0, fmt.gallon);
  const unit = unitOf(f.quantity, system, fmt.gallon);
  return unit ? `${shown} ${unit}` : String(shown);
}

/** A calculator screen: its title, the contract's fields with their values, the focused field's help, the result. */
export function calcRows(
  kind: CalcKind,
  id: string,
  state: State,
  baseFmt: FormatOptions,
  width: number,
): Row[] {
  const input: Inputs = calcInputs(kind, state);
  const m = vehicleModel(getVehicle(id));
  const car = carLimits(m);
  const nameOf = (k: string) => fieldOf(CONTRACTS[kind], k).label;
  const market = kind === 'cost' && state.market ? getMarket(state.market) : undefined;
  // Fuel in the market's gallon when imperial; money in its currency (the cost screen reads fmt).
  const gallon = gallonOf(kind, state);
  const fmt: FormatOptions = gallon ? { ...baseFmt, gallon } : baseFmt;
  const rows: Row[] = [
    { text: `${CONTRACTS[kind].title} · ${m.name}   ([ ] change car)`, bold: true },
    ...(kind === 'cost'
      ? [
          {
            text: `${MARKET_CHOICE.label}: ${marketHeading(market)} (m: ${market ? 'next market' : 'choose a market'})`,
            color: 'gray' as const,
          },
        ]
      : []),
    blank,
  ];
  let result: Row[];
  let bad: readonly string[] = [];
  try {
    result = drawScreen(kind, m, input, {
      m,
      fmt,
      chartWidth: Math.max(10, Math.min(50, width - 30)),
      notes: (limited) =>
        limited.map((l) => ({ text: describeLimited(l, fmt.system ?? 'metric', nameOf), color: 'yellow' })),
    });
  } catch (err) {
    if (err instanceof InvalidInputError) bad = err.fields;
    const text =
      err instanceof InvalidInputError
        ? describeInputError(err, { system: fmt.system ?? 'metric', nameOf })
        : err instanceof MiniEvError
          ? err.message
          : String(err);
    result = [{ text, color: 'red' }];
  }
  const labelWidth = Math.max(...screenFields(kind).map((f) => f.label.length));
  const shown = screenFields(kind).map((f, i) => {
    // The value being typed, with the unit it is read in.
    if (i === state.field && state.editing !== undefined && f.type === 'number')
      return `${state.editing}▏ ${unitOf(f.quantity, fmt.system ?? 'metric', gallon)}`.trimEnd();
    const off = f.applies && !f.applies({ ...contractDefaults(CONTRACTS[kind], car, input) });
    return off ? '—' : fieldText(f, fieldValue(kind, f, input, car), fmt);
  });
  const valueWidth = Math.max(14, ...shown.map((t) => t.length));
  screenFields(kind).forEach((f, i) => {
    const off = shown[i] === '—';
    rows.push({
      text: `${i === state.field ? (state.focus === 'form' ? '›' : '·') : ' '} ${f.label.padEnd(labelWidth)} ◂ ${shown[i]!.padEnd(valueWidth)} ▸${bad.includes(f.key) ? ' ✗' : ''}`,
      inverse: i === state.field && state.focus === 'form',
      ...(bad.includes(f.key) ? { color: 'red' as const } : off ? { color: 'gray' as const } : {}),
    });
  });
  const focused = screenFields(kind)[state.field];
  if (focused) rows.push({ text: `  ${fieldHelp(focused, fmt.system ?? 'metric')}`, color: 'gray' });
  rows.push(blank, ...result);
  return rows;
}
