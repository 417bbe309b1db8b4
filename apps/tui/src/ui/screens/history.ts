import { dataSet } from '@mini-ev/core';
import type { Row } from '../rows.js';

/** The timeline, oldest first; targets in green. */
export function historyRows(): Row[] {
  return dataSet.timeline.map((e) => ({
    text: `${e.date.padEnd(11)} ${e.title}  [${e.sourceId}]`,
    hang: 12,
    color: e.kind === 'target' ? 'green' : undefined,
  }));
}
