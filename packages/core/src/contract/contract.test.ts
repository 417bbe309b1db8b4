import { describe, expect, it } from 'vitest';
import { CYCLE_NAMES } from '../calc/range.js';
import { CHARGE_CONTRACT, CONTRACTS, RANGE_CONTRACT, TRIP_CONTRACT } from './calculations.js';
import { fieldHelp, fieldOf } from './contract.js';

describe('field help in the reader’s units', () => {
  const fields = Object.values(CONTRACTS).flatMap((c) => c.fields.map((f) => [c.name, f] as const));

  it('in metric, a field’s help is its `help`, as scripts have always read it', () => {
    for (const [, f] of fields) expect(fieldHelp(f, 'metric')).toBe(f.help);
  });

  it('in imperial, no help sentence holds a metric figure', () => {
    for (const [name, f] of fields)
      expect(fieldHelp(f, 'imperial'), `${name}.${f.key}`).not.toMatch(/\d\s*(°C|km\b|kg\b|L\/100)/);
  });

  it('converts each figure as the quantity it is: a temperature, a distance, a temperature difference', () => {
    expect(fieldHelp(fieldOf(CHARGE_CONTRACT, 'batteryTempC'), 'imperial')).toContain('77 °F is a warm');
    expect(fieldHelp(fieldOf(TRIP_CONTRACT, 'chargerSpacingKm'), 'imperial')).toContain('one every 37 mi');
    // 10 K warmer than the air is 18 °F warmer, not 50 °F.
    expect(fieldHelp(fieldOf(TRIP_CONTRACT, 'preconditioning'), 'imperial')).toContain('ambient + 18 °F');
  });
});

describe('the range contract’s modes', () => {
  it('are a steady speed and every drive cycle the calculation drives, each with a label', () => {
    const mode = fieldOf(RANGE_CONTRACT, 'mode');
    if (mode.type !== 'choice') throw new Error('mode is a choice');
    expect(mode.choices.map((c) => c.value)).toEqual(['steady', ...CYCLE_NAMES]);
    for (const c of mode.choices) expect(c.label.length, c.value).toBeGreaterThan(3);
  });
});
