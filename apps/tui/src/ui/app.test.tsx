import { formatDistance, getVehicle, steadySpeedRange, vehicleModel } from '@mini-ev/core';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App, statusOf, toKeys } from './app.js';

const tick = () => new Promise((r) => setTimeout(r, 30));
/**
 * Asserts that the screen comes to show `want`, polling for up to 3 s: on a loaded machine (CI runs the
 * fuzz test beside this file) a key can take longer than one tick to reach the screen.
 */
async function expectShown(lastFrame: () => string | undefined, want: RegExp | string): Promise<void> {
  const shows = (f: string) => (typeof want === 'string' ? f.includes(want) : want.test(f));
  for (let i = 0; i < 100 && !shows(lastFrame() ?? ''); i++) await tick();
  if (typeof want === 'string') expect(lastFrame()).toContain(want);
  else expect(lastFrame()).toMatch(want);
}

describe('the interactive screens', () => {
  it('shows the line-up, then a car with its sources', async () => {
    const { lastFrame, stdin, unmount } = render(<App />);
    expect(lastFrame()).toMatch(/MINI Cooper SE \(J01\)/);
    stdin.write('\u001B[B');
    stdin.write('\u001B[B');
    stdin.write('\u001B[B');
    await tick();
    stdin.write('\r');
    await expectShown(lastFrame, /Battery \(usable\)\s+49\.2 kWh\s+mobile-de/);
    unmount();
  });
  it('the range calculator shows core’s number and updates live', async () => {
    const { lastFrame, stdin, unmount } = render(<App />);
    stdin.write('1');
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    const at110 = `Range        ${formatDistance(steadySpeedRange(m, { speedKmh: 110, tempC: 20 }).rangeKm)}`;
    await expectShown(lastFrame, at110);
    stdin.write('\u001B[B'); // the first field is the driving mode; the second is the speed
    await tick();
    stdin.write('\u001B[C');
    const at120 = `Range        ${formatDistance(steadySpeedRange(m, { speedKmh: 120, tempC: 20 }).rangeKm)}`;
    await expectShown(lastFrame, at120);
    unmount();
  });
  it('help lists the keys; history and sources render', async () => {
    const { lastFrame, stdin, unmount } = render(<App />);
    stdin.write('?');
    await expectShown(lastFrame, /Esc\s+b\s+⌫\s+back, or close this help \(never quits\)/);
    stdin.write('b');
    stdin.write('h');
    await expectShown(lastFrame, /2011-03\s+Rocketman concept shown at Geneva/);
    stdin.write('s');
    await expectShown(lastFrame, /spotlight-first-cars/);
    unmount();
  });
  it('an arrow whose escape byte arrives on its own is one key; a lone Esc goes back once the wait is over', async () => {
    const { lastFrame, stdin, unmount } = render(<App />);
    // ↓ split across two writes: the cursor moves from the F56 to the Convertible, and nothing goes back.
    stdin.write('\u001B');
    await new Promise((r) => setTimeout(r, 5)); // read on its own, well within the app's 40 ms wait
    stdin.write('[B');
    await tick();
    stdin.write('\r');
    await expectShown(lastFrame, /mini-ev · Car[^\n]*\nMINI Cooper SE Convertible/);
    // Esc alone: held for the rest of a sequence that never comes, then read as Esc (back to the line-up).
    stdin.write('\u001B');
    await expectShown(lastFrame, /mini-ev · Line-up/);
    unmount();
  });
  it('reads every key of a write: a typed run, one Esc as Ink reports it, text while filtering', () => {
    expect(toKeys('jjj', {})).toEqual(['down', 'down', 'down']);
    expect(toKeys('', { escape: true })).toEqual(['escape']);
    // Ink 6 reports a single Esc with meta set: still one key (it was read as two, so Esc in the help
    // over a calculator closed the help and left the calculator too).
    expect(toKeys('', { escape: true, meta: true })).toEqual(['escape']);
    expect(toKeys('q', {}, true)).toEqual([{ char: 'q' }]);
    expect(toKeys('c', { ctrl: true })).toEqual(['interrupt']);
  });
});

describe('the status line', () => {
  it('wraps a message over up to three lines, and marks a cut one with an ellipsis', () => {
    const short = 'Showing the MINI Cooper SE (F56), because the MINI Rocketman concept is a concept car.';
    expect(statusOf(short, 40).join(' ')).toBe(short);
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const lines = statusOf(long, 20);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });
});
