'use client';
import { formatDistance, formatPower } from '@mini-ev/core';
import { useUnits } from '../lib/units';

const FORMAT = { distance: formatDistance, power: formatPower } as const;

/**
 * A distance or a power on an otherwise static page (the line-up, the models table), in the reader's units.
 * Prerendered in metric like the rest of the site, it follows the units toggle once the page has loaded.
 */
export function Quantity({ kind, value }: { kind: keyof typeof FORMAT; value: number }) {
  const { system } = useUnits();
  return <>{FORMAT[kind](value, { system })}</>;
}
