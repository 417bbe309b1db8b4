import type { Quantity } from './contract/quantity.js';

/** Base class of every error @mini-ev/core throws on purpose. `code` is stable for programs. */
export class MiniEvError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** What exactly was wrong with an input, for faces that render the error in their own words. */
export interface InputProblem {
  /** `range`: outside the limits; `type`: not a number (or not the right kind); `choice`: not one of the
   * allowed values; `order`: a rule between fields is broken (every field involved is in `fields`);
   * `required`: nothing was given and there is no default (a market with no sourced price for it). */
  rule: 'range' | 'type' | 'choice' | 'order' | 'required';
  /** Every field involved, the one to fix first. Defaults to `[field]`. */
  fields?: string[];
  /** Limits in the stored (metric) unit, for `range`. */
  min?: number;
  max?: number;
  /** The kind of quantity (speed, temperature …), so the limits can be shown in the reader's units. */
  quantity?: Quantity;
  choices?: string[];
  /** For `order`: the rule with `{field}` placeholders, e.g. '{toPct} must be above {fromPct}'. */
  message?: string;
  /** For `order`: the value of every field involved, as used. */
  values?: Record<string, unknown>;
}

/** An input outside what a calculation accepts. Names the field, the value given and what is allowed. */
export class InvalidInputError extends MiniEvError {
  readonly field: string;
  readonly value: unknown;
  readonly allowed: string;
  /** Every field involved, the one to fix first. */
  readonly fields: readonly string[];
  readonly problem: InputProblem;
  constructor(field: string, value: unknown, allowed: string, problem: InputProblem = { rule: 'range' }) {
    super('INVALID_INPUT', `${field}: got ${formatValue(value)}, expected ${allowed}`);
    this.field = field;
    this.value = value;
    this.allowed = allowed;
    this.fields = problem.fields ?? [field];
    this.problem = problem;
  }
}

/**
 * The error for a value that is not one of a field's choices, naming them: what the contract, the drive
 * cycles and the markets throw, and what a face builds for a choice of its own to word it with
 * `describeInputError`.
 * @example choiceError('market', 'xx', ['de', 'uk']).allowed // 'one of "de", "uk"'
 */
export function choiceError(field: string, value: unknown, choices: readonly string[]): InvalidInputError {
  return new InvalidInputError(field, value, `one of ${choices.map((x) => `"${x}"`).join(', ')}`, {
    rule: 'choice',
    choices: [...choices],
  });
}

/** A vehicle id that is not in the data set. `suggestions` holds the closest known ids. */
export class UnknownVehicleError extends MiniEvError {
  readonly id: string;
  readonly suggestions: string[];
  constructor(id: string, suggestions: string[]) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    super('UNKNOWN_VEHICLE', `Unknown vehicle id "${id}".${hint}`);
    this.id = id;
    this.suggestions = suggestions;
  }
}

/** The vehicle exists but lacks a figure the calculation needs (for example a concept with no battery). */
export class MissingFigureError extends MiniEvError {
  readonly vehicleId: string;
  readonly figure: string;
  constructor(vehicleId: string, figure: string, why: string) {
    super('MISSING_FIGURE', `${vehicleId} has no ${figure}: ${why}`);
    this.vehicleId = vehicleId;
    this.figure = figure;
  }
}

/** A quantity string such as "70 mph" that could not be read. */
export class QuantityParseError extends MiniEvError {
  readonly input: string;
  constructor(input: string, expected: string) {
    super('QUANTITY_PARSE', `Cannot read "${input}" as ${expected}`);
    this.input = input;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
