/**
 * Input errors and limited inputs in a person's words: each face names the field its own way (a flag as
 * typed, a form label) and this turns core's structured error into one sentence in the reader's units,
 * with limits rounded so that the shown limit is itself allowed.
 */
import type { LimitedInput } from '../contract/contract.js';
import { fromShown, QUANTITIES, type UnitSystem, unitOf } from '../contract/quantity.js';
import type { InvalidInputError } from '../errors.js';

export interface InputErrorContext {
  system: UnitSystem;
  /** How the face names a field: a flag (`--temp`) or a label (`Outside temperature`). */
  nameOf: (field: string) => string;
  /** The value exactly as the person typed it (`110mph`), when the face has it. */
  typed?: (field: string) => string | undefined;
}

function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A limit in shown units, rounded inwards so that the limit shown is itself allowed. */
function shownLimit(q: keyof typeof QUANTITIES, metric: number, system: UnitSystem, side: 'min' | 'max') {
  const d = QUANTITIES[q].digits[system];
  const f = 10 ** d;
  const x = QUANTITIES[q].toShown[system](metric);
  // A conversion can reverse the order (L/100 km → mpg): decide the side in shown units.
  const lo = QUANTITIES[q].toShown[system](metric + 1e-9) < x ? side === 'max' : side === 'min';
  const r = (lo ? Math.ceil(x * f - 1e-9) : Math.floor(x * f + 1e-9)) / f;
  // Never round a limit past the value that is allowed in stored units.
  const back = fromShown(q, r, system);
  return Number.isFinite(back) ? r : x;
}

function givenText(err: InvalidInputError, field: string, ctx: InputErrorContext, value: unknown): string {
  const typed = ctx.typed?.(field);
  if (typed !== undefined) return typed;
  const q = err.problem.quantity;
  if (typeof value === 'number' && q) {
    const d = QUANTITIES[q].digits[ctx.system] + 1;
    const shown = Number(QUANTITIES[q].toShown[ctx.system](value).toFixed(d));
    const unit = unitOf(q, ctx.system);
    return unit ? `${plain(shown)} ${unit}` : plain(shown);
  }
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * One sentence for an invalid input, in the reader's units and the face's names.
 * @example
 * try {
 *   computeRange(vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 321.87 });
 * } catch (err) {
 *   describeInputError(err as InvalidInputError, { system: 'imperial', nameOf: () => '--speed', typed: () => '200mph' }) // '--speed: 200mph is out of range; allowed 4 to 155 mph.'
 * }
 */
export function describeInputError(err: InvalidInputError, ctx: InputErrorContext): string {
  const p = err.problem;
  const name = ctx.nameOf(err.field);
  const given = givenText(err, err.field, ctx, err.value);
  switch (p.rule) {
    case 'range': {
      if (p.quantity && p.min !== undefined && p.max !== undefined) {
        const a = shownLimit(p.quantity, p.min, ctx.system, 'min');
        const b = shownLimit(p.quantity, p.max, ctx.system, 'max');
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const unit = unitOf(p.quantity, ctx.system);
        return `${name}: ${given} is out of range; allowed ${plain(lo)} to ${plain(hi)}${unit ? ` ${unit}` : ''}.`;
      }
      return `${name}: ${given} is not allowed; expected ${err.allowed}.`;
    }
    case 'type':
      return `${name}: ${given} is not valid; expected ${err.allowed}.`;
    case 'choice': {
      // A choice is a word, quoted whether typed or stored: --fuel: "xyz" is not one of petrol, diesel.
      const word = /^".*"$/.test(given) ? given : `"${given}"`;
      return `${name}: ${word} is not one of ${(p.choices ?? []).join(', ')}.`;
    }
    case 'order': {
      const fields = err.fields;
      const sentence = (p.message ?? err.allowed).replace(/\{(\w+)\}/g, (_, k: string) => ctx.nameOf(k));
      const values = fields
        .map(
          (f) =>
            `${ctx.nameOf(f)} ${ctx.typed?.(f) ?? givenText(err, f, { ...ctx, typed: () => undefined }, p.values?.[f])}`,
        )
        .join(', ');
      return `${sentence[0]!.toUpperCase()}${sentence.slice(1)} (got ${values}).`;
    }
    case 'required':
      return `${name} is needed: ${err.allowed.replace(/^a value: /, '')}.`;
  }
}

/**
 * One sentence for an input the calculation had to limit, in the reader's units.
 * @example
 * const [l] = computeRange(vehicleModel(getVehicle('cooper-se-f56')), { speedKmh: 170 }).limited;
 * describeLimited(l!, 'metric', () => 'Speed') // 'Speed 170 km/h is above the car’s top speed: calculated at 150 km/h.'
 */
export function describeLimited(
  l: LimitedInput,
  system: UnitSystem,
  nameOf: (field: string) => string,
): string {
  const d = QUANTITIES[l.quantity].digits[system];
  const show = (v: number) => {
    const unit = unitOf(l.quantity, system);
    const n = plain(Number(QUANTITIES[l.quantity].toShown[system](v).toFixed(d)));
    return unit ? `${n} ${unit}` : n;
  };
  return `${nameOf(l.field)} ${show(l.given)} is above ${l.reason}: calculated at ${show(l.used)}.`;
}
