import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

describe('wrapText', () => {
  it('never leaves a unit at the start of a line, away from its number', () => {
    const text = 'Range at 120 km/h in winter is 212 km (190–236) and the charge takes 31 min on 95 kW';
    for (let w = 12; w <= 60; w++) {
      const lines = wrapText(text, w);
      for (const line of lines) {
        expect(stringWidth(line), `${w}: ${line}`).toBeLessThanOrEqual(w);
        expect(line, `${w}`).not.toMatch(/^(km\/h|km|min|kW)\b/);
      }
      // Nothing is lost and no odd space is left in.
      expect(lines.join(' ')).toBe(text);
    }
  });
  it('keeps the words of every other pair free to break, and breaks a word longer than the line', () => {
    expect(wrapText('twenty six of thirty', 10)).toEqual(['twenty six', 'of thirty']);
    expect(wrapText('https://example.com/a/long/address', 10)).toEqual([
      'https://ex',
      'ample.com/',
      'a/long/add',
      'ress',
    ]);
  });
  it('gives back ordinary spaces, so copied text is the text core gave', () => {
    expect(wrapText('83 % inside', 80)).toEqual(['83 % inside']);
    expect(wrapText('83 % inside', 80)[0]).not.toContain('\u00a0');
  });
});

describe('wrapText and units with a number inside', () => {
  it('keeps a consumption’s number with its unit, breaking only inside “kWh/100 km” when it must', () => {
    expect(wrapText('19.0 kWh/100 km', 14)).toEqual(['19.0 kWh/100', 'km']);
    expect(wrapText('about 19.0 kWh/100 km', 15)).toEqual(['about', '19.0 kWh/100 km']);
  });
});

describe('wrapText and units it was never told about', () => {
  it('keeps any short unit with its number, from the text’s shape', () => {
    expect(wrapText('boot 10.6 ft³ seats up', 10)).toEqual(['boot', '10.6 ft³', 'seats up']);
    expect(wrapText('at 7.9 gal each', 8)).toEqual(['at', '7.9 gal', 'each']);
  });
});

describe('wrapText and a pair wider than the line', () => {
  it('breaks a number from its unit only when the two do not fit on one line', () => {
    // In an 11-column cell the quoted pair is 13 wide: the quote is never left alone on a line.
    expect(wrapText('"34.500 Euro"', 11)).toEqual(['"34.500', 'Euro"']);
    expect(wrapText('"300 Litern"', 11)).toEqual(['"300', 'Litern"']);
  });
});
