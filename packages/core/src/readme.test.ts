/** The README's custom-car example, run as written (with the package import pointed at this source). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { calibratedModel, computeRange } from './index.js';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const block = readme.match(/```js\n\/\/ readme-example: custom car\n([\s\S]*?)```/)?.[1];

describe('README', () => {
  it('the custom-car example runs and prints what the library computes', async () => {
    expect(block, 'the README has the custom-car example').toBeDefined();
    const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
    const file = join(fileURLToPath(new URL('.', import.meta.url)), '.readme-example.tmp.ts');
    writeFileSync(file, block!.replace("'@mini-ev/core'", JSON.stringify(entry)));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    let lines: string[];
    try {
      await import(/* @vite-ignore */ file);
      lines = log.mock.calls.map((c) => String(c[0]));
    } finally {
      log.mockRestore();
      writeFileSync(file, '');
    }
    expect(lines).toHaveLength(2);
    const [range, charge] = lines as [string, string];
    const km = Number(range.match(/^(\d+) km at 120 km\/h and −5 °C$/)?.[1]);
    expect(km).toBeGreaterThan(150);
    expect(km).toBeLessThan(420);
    expect(charge).toMatch(/^\d+ min for 10–80 % on a 150 kW charger$/);
    // The printed range is the library's own answer for that car.
    const again = calibratedModel({
      id: 'x',
      name: 'x',
      usableKWh: 58,
      powerKW: 150,
      topSpeedKmh: 160,
      massKg: 1800,
      cdaM2: 0.68,
      wltpRangeKm: 420,
    });
    expect(km).toBe(Math.round(computeRange(again, { speedKmh: 120, tempC: -5 }).rangeKm));
  });
});
