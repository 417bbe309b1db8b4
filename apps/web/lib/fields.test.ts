import { getVehicle, notCalculableReason, RANGE_CONTRACT } from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { RANGE_FIELDS } from '../app/range/fields';
import { displayValue, metricValue, parseCar, parseField } from './fields';

const speed = RANGE_FIELDS.speed;

describe('calculator fields', () => {
  it('reads defaults, numbers, garbage and out-of-range values, with core’s words in the reader’s units', () => {
    expect(parseField(null, speed, 'metric')).toEqual({
      value: RANGE_CONTRACT.fields[1].default,
      error: undefined,
    });
    expect(parseField('90', speed, 'metric').value).toBe(90);
    expect(parseField('fast', speed, 'metric').error).toBe('Speed: "fast" is not valid; expected a number.');
    expect(parseField('0x1F', speed, 'metric').error).toBe('Speed: "0x1F" is not valid; expected a number.');
    expect(parseField('400', speed, 'imperial').error).toBe(
      'Speed: 248.5 mph is out of range; allowed 4 to 155 mph.',
    );
    expect(parseField('400', speed, 'metric').error).toBe(
      'Speed: 400 km/h is out of range; allowed 5 to 250 km/h.',
    );
  });
  it('converts between shown and stored units', () => {
    expect(displayValue('temperature', -10, 'imperial')).toBe(14);
    expect(displayValue('speed', 110, 'imperial')).toBe(68);
    expect(displayValue('mass', 100, 'imperial')).toBe(220);
    expect(displayValue('percent', 12.5, 'metric')).toBe(12.5);
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
  it('a concept of the data set is named with core’s reason, not called unknown', () => {
    const cars = [{ id: 'cooper-se-j01', name: 'MINI Cooper SE (J01)' }];
    const concept = {
      id: 'rocketman-concept',
      name: 'MINI Rocketman concept',
      reason: notCalculableReason(getVehicle('rocketman-concept'))!,
    };
    const r = parseCar('rocketman-concept', cars, [concept]);
    expect(r.id).toBe('cooper-se-j01');
    expect(r.error).toContain(`Rocketman concept is ${concept.reason}`);
    expect(r.error).not.toMatch(/Unknown/);
  });
});
