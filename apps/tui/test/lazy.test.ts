/** The --json commands must not load React or Ink: they are imported only for the interactive app. */
import { dataSet } from '@mini-ev/core';
import { describe, expect, it, vi } from 'vitest';

vi.mock('ink', () => {
  throw new Error('ink was loaded');
});
vi.mock('react', () => {
  throw new Error('react was loaded');
});

describe('headless commands', () => {
  it('run without importing ink or react', async () => {
    const { main } = await import('../src/main.js');
    let out = '';
    const code = await main(['models', '--json'], { stdout: (s) => (out += s), stderr: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(dataSet.vehicles.length);
  });
});
