import { dataSet } from '@mini-ev/core';
import type { Output } from '../output.js';
import { table, yellow } from '../output.js';

export function historyCommand(): Output {
  const events = dataSet.timeline; // oldest first, as core orders it
  return {
    json: events,
    text: table(
      ['date', 'event', 'source'],
      events.map((e) => [
        e.date,
        e.conflict
          ? `${e.title} ${yellow(`(also dated ${e.conflict.alternatives.map((a) => a.date).join(', ')})`)}`
          : e.title,
        e.sourceId,
      ]),
    ),
  };
}
