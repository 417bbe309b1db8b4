import { type Contract, defaultOf, fieldHelp, fieldOf, limitsOf, type NumberField } from '@mini-ev/core';
import type { FieldSpec } from './field-spec';
import { inBoth } from './systems';

/**
 * A calculator's form fields from core's contract. The site only names them (its URL keys, which are
 * public: `speed` for `speedKmh`); label, help, default, limits and step are the contract's.
 */
export function contractFields<K extends string>(
  contract: Contract,
  keys: Record<K, string>,
): Record<K, FieldSpec> {
  return Object.fromEntries(
    Object.entries<string>(keys).map(([urlKey, key]) => {
      const f = fieldOf(contract, key) as NumberField;
      const { min, max } = limitsOf(f, undefined);
      const def = defaultOf(f, undefined) as number | undefined;
      return [
        urlKey,
        {
          key,
          quantity: f.quantity,
          label: f.label,
          min,
          max,
          ...(def === undefined ? {} : { def }),
          step: typeof f.step === 'function' ? undefined : f.step.metric,
          hint: inBoth((system) => fieldHelp(f, system)),
        } as FieldSpec,
      ];
    }),
  ) as Record<K, FieldSpec>;
}

/** The label of each contract field, for core's error messages. */
export const labelOf = (contract: Contract) => (key: string) => {
  try {
    return fieldOf(contract, key).label;
  } catch {
    return key;
  }
};
