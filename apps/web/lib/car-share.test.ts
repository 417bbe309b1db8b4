import { dataSet, headlineRange, lineupCells, notCalculableNotice } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { carShareLines } from './car-share';

describe('carShareLines: a car’s share image in core’s words', () => {
  it('names the rating of the headline range and says a ceiling as one', () => {
    expect(carShareLines('jcw-aceman')[0]).toBe('355 km (WLTP, best trim) · DC peak 95 kW');
    expect(carShareLines('ora-r1')[0]).toBe('310 km – 351 km (NEDC)');
    expect(carShareLines('mini-e-2008')[0]).toBe('251 km (maker’s claim) · under 25.2 kWh usable');
    expect(carShareLines('cooper-se-j01')).toEqual([
      '402 km (WLTP, best trim) · 49.2 kWh usable · DC peak 95 kW',
      'On sale 2024–',
    ]);
  });
  it('gives every car a figure line that is core’s, and a concept core’s notice', () => {
    for (const v of dataSet.vehicles) {
      const [first] = carShareLines(v);
      const range = headlineRange(v);
      if (range) expect(first, v.id).toContain(range.value);
      else expect(first, v.id).toBe(notCalculableNotice(v) ?? v.summary);
      const usable = lineupCells(v).usableKWh;
      if (usable !== '—') expect(first, v.id).toContain(usable);
      // A production car is never called a concept.
      if (v.status !== 'concept') expect(first, v.id).not.toMatch(/concept/i);
    }
  });
});
