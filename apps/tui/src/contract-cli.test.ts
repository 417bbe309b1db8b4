import { CONTRACTS, COST_CONTRACT, fieldOf, type NumberField } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { describeField } from './contract-cli.js';

describe('a flag’s help from its contract field', () => {
  it('names every default: a value, core’s wording, or none; never NaN', () => {
    for (const contract of Object.values(CONTRACTS))
      for (const f of contract.fields)
        for (const system of ['metric', 'imperial'] as const) {
          const text = describeField(f, system);
          expect(text, `${contract.name}.${f.key}`).not.toMatch(/NaN|undefined/);
          if (f.type === 'number') expect(text, `${contract.name}.${f.key}`).toMatch(/default \S/);
        }
  });
  it('says none for a default that depends on the market and resolves to nothing without one', () => {
    const grid = fieldOf(COST_CONTRACT, 'gridGCO2PerKWh') as NumberField;
    // Without core's wording, the resolved default speaks: no market, no intensity.
    const bare: NumberField = { ...grid, defaultText: undefined };
    expect(describeField(bare, 'metric')).toMatch(/; default none$/);
    expect(describeField(grid, 'metric')).toMatch(
      /default the market’s intensity where it has one, or none$/,
    );
  });
});
