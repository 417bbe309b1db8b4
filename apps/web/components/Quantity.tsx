import { formatDistance, formatPower } from '@mini-ev/core';
import { Both } from './Both';

const FORMAT = { distance: formatDistance, power: formatPower } as const;

/** A distance or a power on a static page (the line-up, the models table), in the reader's units. */
export function Quantity({ kind, value }: { kind: keyof typeof FORMAT; value: number }) {
  return (
    <Both
      metric={FORMAT[kind](value, { system: 'metric' })}
      imperial={FORMAT[kind](value, { system: 'imperial' })}
    />
  );
}
