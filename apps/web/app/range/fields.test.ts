import { type ChoiceField, fieldOf, RANGE_CONTRACT } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { RANGE_MODES } from './fields';

describe('range modes', () => {
  it('are the choices of the contract’s mode, in its order (a steady speed, then every drive cycle)', () => {
    const mode = fieldOf(RANGE_CONTRACT, 'mode') as ChoiceField;
    expect(RANGE_MODES).toEqual(mode.choices.map((c) => c.value));
  });
});
