import { getSource } from '../data/index.js';
import type { Figure } from '../schema/index.js';

/** How a dispute names the sources of the other values: by publisher, or by the data set's source id (for a face whose rows already cite ids). */
export interface DisputeOptions {
  cite?: 'publisher' | 'id';
}

/**
 * A figure's dispute in words, the same on every face: the other values sources give, each as stated and
 * with its source, then why the kept one was chosen. Undefined for a figure no source disputes.
 * @example figureDispute(getVehicle('jcw-aceman').performance.torqueNm!)?.startsWith('Also given: "340Nm" (Auto Express).') // true
 */
export function figureDispute(f: Figure, opts: DisputeOptions = {}): string | undefined {
  if (!f.conflict) return undefined;
  const cite = (id: string) => (opts.cite === 'id' ? id : getSource(id).publisher);
  const others = f.conflict.alternatives
    .map((a) => `"${a.stated ?? a.value}" (${cite(a.sourceId)})`)
    .join(', ');
  return `Also given: ${others}. ${f.conflict.reason}`;
}
