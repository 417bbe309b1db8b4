/**
 * A calculation's contract: every input field with its default, limits, step in each unit system, kind of
 * quantity, label and help. The library validates with it, and the faces build their flags, fields, steps
 * and messages from it, so no face holds a default, a limit or a label of its own.
 */
import { choiceError, InvalidInputError } from '../errors.js';
import type { Quantity, UnitSystem } from './quantity.js';

/** What a field's default or limit may depend on: the car's parameters and the inputs before it. */
export interface FieldContext {
  /** The car's limits, when a car is known (absent when describing the contract in general, e.g. for --help). */
  car: CarLimits | undefined;
  /** The inputs resolved so far (fields are resolved in contract order). */
  input: Readonly<Record<string, unknown>>;
}

/** What a contract needs to know about a car: physical ceilings and its own charging figures. */
export interface CarLimits {
  topSpeedKmh: number;
  acKW: number | undefined;
  dcPeakKW: number | undefined;
}

type Dyn<T> = T | ((ctx: FieldContext) => T);

interface FieldBase {
  /** The key in the library's input object, e.g. `speedKmh`. */
  key: string;
  /** A short label, e.g. 'Speed'. */
  label: string;
  /** One sentence on what the field means (with any figure in it in metric units). */
  help: string;
  /** The sentence in a unit system, where it holds a figure (see {@link fieldHelp}). */
  helpIn?: (system: UnitSystem) => string;
  /** Whether the field applies for these inputs (e.g. speed only when driving at a steady speed). */
  applies?: (input: Readonly<Record<string, unknown>>) => boolean;
}

export interface NumberField extends FieldBase {
  type: 'number';
  quantity: Quantity;
  /**
   * Default in the stored (metric) unit. Absent, or undefined for these inputs (a market with no price for
   * it): the field is optional and left out when not given.
   */
  default?: Dyn<number | undefined>;
  /** A sentence for the default when it depends on the car (e.g. "the car's on-board charger"). */
  defaultText?: string;
  /** Limits in the stored unit; a value outside them is refused. */
  min: Dyn<number>;
  max: Dyn<number>;
  /** Step of the shown value in each system (for steppers and spin buttons). */
  step: Dyn<Record<UnitSystem, number>>;
  /** Only whole numbers are allowed. */
  integer?: boolean;
  /** A physical ceiling inside the limits: above it the calculation uses the ceiling and says so. */
  cap?: (ctx: FieldContext) => { value: number; reason: string } | undefined;
}

export interface ChoiceField extends FieldBase {
  type: 'choice';
  choices: readonly { value: string; label: string }[];
  default: string;
}

export interface BooleanField extends FieldBase {
  type: 'boolean';
  default: boolean;
  /** A default that depends on the car, where it differs from `default` (AC for a car with no DC charging). */
  carDefault?: (ctx: FieldContext) => boolean | undefined;
}

export type Field = NumberField | ChoiceField | BooleanField;

/** A rule between fields, e.g. the end charge above the start charge. */
export interface Rule {
  /** Every field involved; the first is the one to fix. */
  fields: readonly string[];
  ok: (input: Readonly<Record<string, unknown>>) => boolean;
  /** The rule in words with `{key}` where a field's label goes, e.g. '{toPct} must be above {fromPct}'. */
  message: string;
}

export interface Contract<Name extends string = string> {
  name: Name;
  title: string;
  summary: string;
  fields: readonly Field[];
  rules: readonly Rule[];
}

/** An input the calculation changed because physics limits it, with the reason. */
export interface LimitedInput {
  field: string;
  quantity: Quantity;
  given: number;
  used: number;
  /** What limits it, e.g. 'the car’s top speed'. */
  reason: string;
}

export interface Resolved<I> {
  /** Every field's value: given, or its default; optional fields without a value are absent. */
  input: I;
  /** The keys the caller gave. */
  given: readonly string[];
  limited: LimitedInput[];
}

function quantityOfRule(contract: Contract, key: string): Quantity | undefined {
  const f = contract.fields.find((x) => x.key === key);
  return f?.type === 'number' ? f.quantity : undefined;
}

/**
 * A field's help in the reader's units: the same sentence with any figure it holds (a temperature, a
 * distance) in that system.
 * @example fieldHelp(fieldOf(TRIP_CONTRACT, 'preconditioning'), 'imperial') // 'The car warms its battery on the way to a charger; without it the pack is at ambient + 18 °F.'
 */
export function fieldHelp(f: Field, system: UnitSystem): string {
  return f.helpIn?.(system) ?? f.help;
}

/** The value of a possibly car-dependent default or limit. */
export function dyn<T>(x: Dyn<T>, ctx: FieldContext): T {
  return typeof x === 'function' ? (x as (c: FieldContext) => T)(ctx) : x;
}

/** The field with a key, or throws for a programming error. */
export function fieldOf(contract: Contract, key: string): Field {
  const f = contract.fields.find((x) => x.key === key);
  if (!f) throw new Error(`${contract.name} has no field "${key}"`);
  return f;
}

/** A field's limits for a car (or in general), in the stored unit. */
export function limitsOf(
  f: NumberField,
  car: CarLimits | undefined,
  input: Record<string, unknown> = {},
): { min: number; max: number } {
  const ctx = { car, input };
  return { min: dyn(f.min, ctx), max: dyn(f.max, ctx) };
}

/** A field's step in a system for a car and inputs (in shown units). */
export function stepOf(
  f: NumberField,
  system: UnitSystem,
  car: CarLimits | undefined,
  input: Record<string, unknown> = {},
): number {
  return dyn(f.step, { car, input })[system];
}

/** A field's default for a car (or in general), in the stored unit; undefined for an optional field. */
export function defaultOf(
  f: Field,
  car: CarLimits | undefined,
  input: Record<string, unknown> = {},
): number | string | boolean | undefined {
  if (f.type === 'boolean') return f.carDefault?.({ car, input }) ?? f.default;
  if (f.type !== 'number') return f.default;
  return numberDefault(f, { car, input });
}

/** A number field's default, never above the car's cap (a 110 km/h default is 100 for a car that tops out there). */
function numberDefault(f: NumberField, ctx: FieldContext): number | undefined {
  const d = f.default === undefined ? undefined : dyn(f.default, ctx);
  const cap = f.cap?.(ctx);
  return d !== undefined && cap && d > cap.value ? cap.value : d;
}

/**
 * Every field's default for a car, resolved in order (a default may depend on an earlier input).
 * @example contractDefaults(RANGE_CONTRACT).speedKmh // 110
 */
export function contractDefaults(
  contract: Contract,
  car?: CarLimits,
  input: Record<string, unknown> = {},
): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {};
  for (const f of contract.fields) {
    const given = input[f.key];
    const v = given !== undefined ? given : defaultOf(f, car, { ...input, ...out });
    if (v !== undefined) out[f.key] = v as number | string | boolean;
  }
  return out;
}

/**
 * Checks an input against a contract for a car: fills defaults, refuses wrong types, values outside the
 * limits and broken rules with an {@link InvalidInputError} that names the field(s), and applies physical
 * ceilings, reporting each in `limited`. Keys that are not fields pass through unchanged.
 * @throws {InvalidInputError}
 */
export function resolveInput<I>(contract: Contract, car: CarLimits | undefined, raw: unknown): Resolved<I> {
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw)))
    throw new InvalidInputError('input', raw, 'an object of inputs', { rule: 'type' });
  const src = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...src };
  const given: string[] = [];
  const limited: LimitedInput[] = [];
  for (const f of contract.fields) {
    const v = src[f.key];
    if (v !== undefined) given.push(f.key);
    const ctx = { car, input: out };
    if (f.type === 'boolean') {
      if (v === undefined) out[f.key] = f.carDefault?.(ctx) ?? f.default;
      else if (typeof v !== 'boolean')
        throw new InvalidInputError(f.key, v, 'true or false', { rule: 'type' });
      continue;
    }
    if (f.type === 'choice') {
      const values = f.choices.map((c) => c.value);
      if (v === undefined) out[f.key] = f.default;
      else if (typeof v !== 'string' || !values.includes(v)) throw choiceError(f.key, v, values);
      continue;
    }
    if (v === undefined) {
      const d = numberDefault(f, ctx);
      if (d === undefined) delete out[f.key];
      else out[f.key] = d;
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new InvalidInputError(f.key, v, 'a finite number', { rule: 'type', quantity: f.quantity });
    if (f.integer && !Number.isInteger(v))
      throw new InvalidInputError(f.key, v, 'a whole number', { rule: 'type', quantity: f.quantity });
    if (f.applies && !f.applies(out)) continue;
    const min = dyn(f.min, ctx);
    const max = dyn(f.max, ctx);
    if (v < min || v > max)
      throw new InvalidInputError(f.key, v, `a number from ${min} to ${max}`, {
        rule: 'range',
        min,
        max,
        quantity: f.quantity,
      });
    const cap = f.cap?.(ctx);
    if (cap && v > cap.value) {
      out[f.key] = cap.value;
      limited.push({ field: f.key, quantity: f.quantity, given: v, used: cap.value, reason: cap.reason });
    }
  }
  const broken = brokenRule(contract, out);
  if (broken) throw broken;
  return { input: out as I, given, limited };
}

/**
 * The first rule between fields (e.g. the end charge above the start) that `input` breaks, as the error
 * {@link resolveInput} would throw, naming every field involved; undefined when none is broken. Only rules
 * whose fields are all given are checked. For a form that checks before it computes.
 * @example brokenRule(CHARGE_CONTRACT, { fromPct: 90, toPct: 50 })?.fields // ['toPct', 'fromPct']
 * @example brokenRule(CHARGE_CONTRACT, { fromPct: 10, toPct: 80 }) // undefined
 */
export function brokenRule(
  contract: Contract,
  input: Readonly<Record<string, unknown>>,
): InvalidInputError | undefined {
  for (const r of contract.rules) {
    if (r.fields.every((k) => input[k] !== undefined) && !r.ok(input)) {
      const first = r.fields[0]!;
      const quantity = quantityOfRule(contract, first);
      return new InvalidInputError(
        first,
        input[first],
        r.message.replace(/\{(\w+)\}/g, (_, k: string) => k),
        {
          rule: 'order',
          fields: [...r.fields],
          message: r.message,
          values: Object.fromEntries(r.fields.map((k) => [k, input[k]])),
          ...(quantity ? { quantity } : {}),
        },
      );
    }
  }
  return undefined;
}
