/** What a number means, so it can be shown and typed in the chosen units while the URL stays metric. */
export type Kind = 'speed' | 'temperature' | 'distance' | 'percent' | 'power' | 'plain';

export interface FieldSpec {
  label: string;
  kind: Kind;
  /** Metric limits and default. */
  min: number;
  max: number;
  def: number;
  step?: number;
  hint?: string;
}

/** Every field's default (metric), e.g. to compute a calculator's first result at build time. */
export function defaultsOf<K extends string>(fields: Record<K, FieldSpec>): Record<K, number> {
  return Object.fromEntries(Object.entries<FieldSpec>(fields).map(([k, f]) => [k, f.def])) as Record<
    K,
    number
  >;
}
