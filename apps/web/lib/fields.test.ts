import { describe, expect, it } from 'vitest';
import { displayValue, metricValue, parseCar, parseField } from './fields';

const speed = { label: 'Speed', kind: 'speed' as const, min: 5, max: 170, def: 110 };

describe('calculator fields', () => {
  it('reads defaults, numbers, garbage and out-of-range values', () => {
    expect(parseField(null, speed, 'metric')).toEqual({ value: 110, error: undefined });
    expect(parseField('90', speed, 'metric').value).toBe(90);
    expect(parseField('fast', speed, 'metric').error).toBe(
      '“fast” is not a number. Enter a number from 5 to 170 km/h.',
    );
    expect(parseField('400', speed, 'imperial').error).toMatch(
      /248\.55 is out of range\. Enter a number from 3\.11 to 105\.63 mph/,
    );
  });
  it('converts between shown and stored units', () => {
    expect(displayValue('temperature', -10, 'imperial')).toBe(14);
    expect(metricValue('distance', 100, 'imperial')).toBeCloseTo(160.9344, 6);
  });
  it('falls back from an unknown model with a message', () => {
    const cars = [
      { id: 'cooper-se-f56', name: 'MINI Cooper SE (F56)', topSpeedKmh: 150 },
      { id: 'cooper-se-j01', name: 'MINI Cooper SE (J01)', topSpeedKmh: 170 },
    ];
    expect(parseCar('cooper-se-f56', cars)).toEqual({ id: 'cooper-se-f56', error: undefined });
    expect(parseCar('nope', cars)).toEqual({
      id: 'cooper-se-j01',
      error: 'Unknown model “nope”: showing the Cooper SE (J01). Choose one from the list.',
    });
  });
});
