import { describe, expect, it } from 'vitest';
import { keptRuns } from './kept';

describe('keptRuns: core’s text with each number kept to its unit', () => {
  it('puts the text back together unchanged, spaces and all', () => {
    for (const text of [
      'Drive 240 km (2 h 11 min), reach a charger with 14 %',
      'Charge 14 % → 48 % in 12 min on a 150 kW charger',
      'no numbers at all',
      '19.0 kWh/100 km at the battery',
      '',
    ]) {
      expect(
        keptRuns(text)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
  });
  it('keeps each number with its unit, and only those', () => {
    expect(keptRuns('reach a charger with 14 %, 60 km on')).toEqual([
      { text: 'reach a charger with ', nowrap: false },
      { text: '14 %,', nowrap: true },
      { text: ' ', nowrap: false },
      { text: '60 km', nowrap: true },
      { text: ' on', nowrap: false },
    ]);
    expect(keptRuns('Leave with 90 %').filter((r) => r.nowrap)).toEqual([{ text: '90 %', nowrap: true }]);
  });
});
