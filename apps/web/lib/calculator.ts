/** A calculator's address read with no React or browser globals: the page's hook and its early answer share it. */
import {
  brokenRule,
  type CarLimits,
  type Contract,
  defaultOf,
  describeInputError,
  fallbackCarNotice,
  fieldOf,
  fromShown,
  type GallonKind,
  InvalidInputError,
  limitsOf,
  type NumberField,
  type Quantity,
  roundTo,
  shownValue,
  stepOf,
  toShown,
  type UnitSystem,
  unitOf,
} from '@mini-ev/core';
import { type CarOption, DEFAULT_CAR, type UncalculableCar } from './car-option';
import { labelOf } from './contract-fields';
import type { FieldSpec } from './field-spec';

export type { FieldSpec } from './field-spec';

/** The unit a field is typed in, from core (fuel in the market's gallon when imperial). */
export const unitLabel = (q: Quantity, s: UnitSystem, g?: GallonKind): string => unitOf(q, s, g);
/**
 * A stored value as the field shows it: as stored where no conversion is involved, otherwise converted
 * and rounded by core to the quantity's precision (110 km/h shows as 68 mph, not 68.35).
 */
export const displayValue = (q: Quantity, metric: number, s: UnitSystem, g?: GallonKind) =>
  toShown(q, 1, s, g) === 1 && toShown(q, 0, s, g) === 0
    ? roundTo(metric, 4)
    : shownValue(q, metric, s, 0, g);
/** What the person typed, back in the stored unit (core's conversion). */
export const metricValue = (q: Quantity, shown: number, s: UnitSystem, g?: GallonKind) =>
  fromShown(q, shown, s, g);

export interface Parsed {
  value: number | undefined;
  error: string | undefined;
}

/**
 * Reads a URL value (metric text) for a field: missing → default; garbage or out of range → core's message,
 * with the field's label, in the reader's units. Only plain decimal numbers count ("0x1F" is not 31).
 */
export function parseField(raw: string | null, f: FieldSpec, s: UnitSystem): Parsed {
  if (raw === null || raw.trim() === '') return { value: f.def, error: undefined };
  const text = raw.trim();
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  const say = (problem: ConstructorParameters<typeof InvalidInputError>[3], allowed: string) =>
    describeInputError(new InvalidInputError(f.key, Number.isFinite(n) ? n : raw, allowed, problem), {
      system: s,
      nameOf: () => f.label,
    });
  if (!Number.isFinite(n))
    return { value: undefined, error: say({ rule: 'type', quantity: f.quantity }, 'a number') };
  if (n < f.min - 1e-9 || n > f.max + 1e-9)
    return {
      value: undefined,
      error: say(
        { rule: 'range', min: f.min, max: f.max, quantity: f.quantity },
        `a number from ${f.min} to ${f.max}`,
      ),
    };
  return { value: n, error: undefined };
}

export function parseCar(
  raw: string | null,
  cars: readonly Pick<CarOption, 'id' | 'name'>[],
  others: readonly UncalculableCar[] = [],
): { id: string; error: string | undefined } {
  if (raw === null || raw === '') return { id: DEFAULT_CAR, error: undefined };
  if (cars.some((c) => c.id === raw)) return { id: raw, error: undefined };
  const shown = cars.find((c) => c.id === DEFAULT_CAR) ?? { name: DEFAULT_CAR };
  // A car of the data set that cannot be calculated (a concept) is named, with core's notice and reason;
  // the site adds where its page is.
  const known = others.find((c) => c.id === raw);
  if (known)
    return {
      id: DEFAULT_CAR,
      error: `${fallbackCarNotice(known, shown)} Its page under Models has what is known.`,
    };
  return {
    id: DEFAULT_CAR,
    error: `Unknown model “${raw}”: showing the ${shown.name.replace(/^MINI /, '')}. Choose one from the list.`,
  };
}

/** A form field's default, limits and step for this car and these inputs, from core's contract. */
function specFor(
  contract: Contract,
  spec: FieldSpec,
  car: CarLimits | undefined,
  input: Record<string, unknown>,
): FieldSpec {
  const f = fieldOf(contract, spec.key) as NumberField;
  const { min, max } = limitsOf(f, car, input);
  const def = defaultOf(f, car, input) as number | undefined;
  const { def: _d, ...rest } = spec;
  const gallon = (input.market as { gallon?: GallonKind } | undefined)?.gallon;
  return {
    ...rest,
    min,
    max,
    step: stepOf(f, 'metric', car, input),
    ...(def === undefined ? {} : { def }),
    ...(gallon ? { gallon } : {}),
  };
}

/** What a calculator reads besides its fields: its contract, the other inputs that set defaults and limits. */
export interface CalculatorOptions<K extends string, A extends string> {
  also?: readonly A[];
  /**
   * The calculation's contract: each field's default, limits and step are read from it for the chosen car
   * and the other inputs (`context`, e.g. a charger's on AC), and its rules between fields are checked
   * here, before anything is computed.
   */
  contract?: Contract;
  /** The inputs other than the form's numbers that defaults and limits depend on, from the address. */
  context?: (
    q: Record<K | A | 'model', string | null>,
    car: CarLimits | undefined,
  ) => Record<string, unknown>;
}

/**
 * A calculator's state read from its address, with no React: the chosen car, every field parsed against its
 * limits (which may depend on the car, e.g. its top speed), `values` (each field's value, or its default
 * while it is invalid) and `touched`. The calculator's hook and its early answer (lib/early.ts) both read
 * the address through this, so they cannot read it differently.
 */
export function readCalculator<K extends string, A extends string = never>(
  fields: Record<K, FieldSpec>,
  q: Record<string, string | null>,
  {
    also = [],
    contract,
    context,
    system,
    cars,
    others,
    search,
  }: CalculatorOptions<K, A> & {
    system: UnitSystem;
    cars: readonly CarOption[];
    others: readonly UncalculableCar[];
    /** The whole query string, to refuse a key given twice. */
    search: string;
  },
) {
  const keys = Object.keys(fields) as K[];
  const car = parseCar(q.model ?? null, cars, others);
  const option = cars.find((c) => c.id === car.id);
  const ctx = context?.(q as Record<K | A | 'model', string | null>, option?.limits) ?? {};
  const specs = Object.fromEntries(
    keys.map((k) => [k, contract ? specFor(contract, fields[k], option?.limits, ctx) : fields[k]]),
  ) as Record<K, FieldSpec>;
  const parsed = Object.fromEntries(
    keys.map((k) => [k, parseField(q[k] ?? null, specs[k], system)]),
  ) as Record<K, Parsed>;
  // A key the address gives twice (?speed=100&speed=130) is refused rather than silently read as the first,
  // until the reader sets the field (the address then holds their one value).
  const all = new URLSearchParams(search);
  for (const k of keys) {
    const given = all.getAll(k);
    if (q[k] != null && given.length > 1 && given[0] === q[k])
      parsed[k] = {
        value: undefined,
        error: `${specs[k].label}: the address gives it ${given.length} times (${given.join(', ')}); keep one.`,
      };
  }
  // A rule between fields ("To must be above From"): every field involved is marked with core's words.
  if (contract && keys.every((k) => parsed[k].error === undefined)) {
    const values = Object.fromEntries(keys.map((k) => [specs[k].key, parsed[k].value]));
    const broken = brokenRule(contract, values);
    if (broken) {
      const error = describeInputError(broken, { system, nameOf: labelOf(contract) });
      for (const k of keys) if (broken.fields.includes(specs[k].key)) parsed[k] = { ...parsed[k], error };
    }
  }
  return {
    system,
    keys,
    q: q as Record<K | A | 'model', string | null>,
    car,
    /** The chosen car's limits, for a default that depends on the car outside the number fields. */
    limits: option?.limits,
    specs,
    parsed,
    invalid: keys.some((k) => parsed[k].error !== undefined),
    touched: Object.values(q).some((x) => x != null),
    /** Every address key the calculator reads. */
    urlKeys: ['model', ...keys, ...also] as readonly string[],
    v: (k: K) => parsed[k].value!,
    values: Object.fromEntries(keys.map((k) => [k, parsed[k].value ?? specs[k].def])) as Record<K, number>,
  };
}
export type CalculatorState<K extends string, A extends string = never> = ReturnType<
  typeof readCalculator<K, A>
>;
