'use client';
import { parseAsString, useQueryStates } from 'nuqs';
import { type CalculatorOptions, readCalculator } from './calculator';
import { useCars, useUncalculable } from './cars';
import type { FieldSpec } from './field-spec';
import { useUnits } from './units';

export * from './calculator';

/** URL state for a calculator: every field as text (so bad values stay visible), replaced while typing. */
export function useCalcQuery<K extends string>(keys: readonly K[]) {
  const parsers = Object.fromEntries(['model', ...keys].map((k) => [k, parseAsString])) as Record<
    K | 'model',
    typeof parseAsString
  >;
  return useQueryStates(parsers, { history: 'replace', scroll: false });
}

/**
 * Everything a calculator shares: URL state (its number fields, the car, and any other inputs it names in
 * `also`, e.g. a mode) read by {@link readCalculator}, and `setQ` to change it.
 */
export function useCalculator<K extends string, A extends string = never>(
  fields: Record<K, FieldSpec>,
  opts: CalculatorOptions<K, A> = {},
) {
  const { system } = useUnits();
  const cars = useCars();
  const others = useUncalculable();
  const keys = Object.keys(fields) as K[];
  const [q, setQ] = useCalcQuery<K | A>([...keys, ...(opts.also ?? [])]);
  const search = typeof window === 'undefined' ? '' : window.location.search;
  return { ...readCalculator<K, A>(fields, q, { ...opts, system, cars, others, search }), setQ };
}
export type Calculator<K extends string> = ReturnType<typeof useCalculator<K>>;
