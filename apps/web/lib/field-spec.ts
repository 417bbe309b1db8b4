export interface FieldSpec {
  /** The contract field this form field is (e.g. `speedKmh`). */
  key: string;
  /** The contract's kind of quantity: how it is shown, typed and worded in the reader's units. */
  quantity: import('@mini-ev/core').Quantity;
  label: string;
  /** Metric limits and default. */
  min: number;
  max: number;
  /** Absent for an optional field: left empty, it is not given. */
  def?: number;
  step?: number | undefined;
  /** Core's help sentence in each unit system (a figure in it is in the reader's units). */
  hint?: import('./systems').InBoth<string>;
  /** The gallon imperial fuel figures are in: the chosen market's (UK for the United Kingdom), else US. */
  gallon?: import('@mini-ev/core').GallonKind | undefined;
}

/** Every field's default (metric), e.g. to compute a calculator's first result at build time. */
export function defaultsOf<K extends string>(fields: Record<K, FieldSpec>): Record<K, number> {
  return Object.fromEntries(Object.entries<FieldSpec>(fields).map(([k, f]) => [k, f.def])) as Record<
    K,
    number
  >;
}
