import type { Figure, FigureKind, Unit } from '../schema/index.js';

type Extra = Pick<Figure, 'note' | 'conflict' | 'corroboration' | 'bound' | 'unverified'>;

/** Shorthand for a sourced figure. `stated` is the figure as the source writes it. */
export function fig(
  value: number,
  unit: Unit,
  sourceId: string,
  stated: string,
  kind: FigureKind = 'official',
  extra: Extra = {},
): Figure {
  return { value, unit, sourceId, stated, kind, ...extra };
}
