import { CYCLE_NAMES } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { RANGE_MODES } from './fields';

describe('range modes', () => {
  it('are a steady speed and every drive cycle core offers, in core’s order', () => {
    expect(RANGE_MODES).toEqual(['steady', ...CYCLE_NAMES]);
  });
});
