/**
 * Drives the real interactive app in tmux, as a person would, at the sizes people use. tmux is installed by
 * scripts/ensure-system-packages.sh. Needs `pnpm build` (turbo runs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  chargeSession,
  computeRange,
  formatDistance,
  formatMoney,
  formatSpeed,
  getVehicle,
  planTrip,
  rangeBySpeed,
  steadySpeedRange,
  vehicleModel,
} from '@mini-ev/core';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let n = 0;
let session = '';
// A tmux server of the tests' own (-L): a person's tmux, or a `tmux kill-server` run beside the tests,
// neither sees nor stops it.
const SOCKET = ['-L', `mini-ev-test-${process.pid}`];
const tmux = (...args: string[]) => execFileSync('tmux', [...SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
/** One write of several characters, as a fast typist or a paste sends them. */
const write = (text: string) => tmux('send-keys', '-t', session, '-l', text);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(re: RegExp, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (re.test(s) || Date.now() > end) return s;
    await sleep(80);
  }
}
async function start(width: number, height: number, args = '', env = '') {
  session = `mini-ev-test-${process.pid}-${n++}`;
  const command = [
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(width),
    '-y',
    String(height),
    `printf 'before the app\\n'; ${env} ${process.execPath} ${cli} ${args}; echo EXIT=$?; sleep 30`,
  ];
  // Killing the last session stops the tmux server; a new session started while it shuts down can fail
  // with "server exited unexpectedly". Try again a moment later (the harness, not the app).
  for (let attempt = 1; ; attempt++) {
    try {
      tmux(...command);
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
      await sleep(300);
    }
  }
  await waitFor(/mini-ev · Line-up/);
}
afterEach(() => {
  spawnSync('tmux', [...SOCKET, 'kill-session', '-t', session]);
});

const f56 = () => vehicleModel(getVehicle('cooper-se-f56'));

describe('the interactive app in a real terminal', () => {
  it('opens a calculator, changes an input, shows the new result, quits cleanly and restores the screen', {
    timeout: 60_000,
  }, async () => {
    await start(100, 30);
    keys('1');
    const before = await waitFor(/Range\s+\d+ km/);
    expect(before).toContain(`Range        ${formatDistance(steadySpeedRange(f56()).rangeKm)}`);
    keys('Down'); // from the driving mode to the speed
    keys('Right');
    const after = await waitFor(/Speed\s+◂ 120 km\/h/);
    expect(after).toContain(
      `Range        ${formatDistance(steadySpeedRange(f56(), { speedKmh: 120 }).rangeKm)}`,
    );
    keys('q');
    const shell = await waitFor(/EXIT=0/);
    // The app ran on the alternate screen: the shell's screen is back as it was.
    expect(shell).toMatch(/before the app\nEXIT=0/);
    expect(shell).not.toMatch(/mini-ev ·/);
  });

  it('range against speed is core’s curve, on whole mph in imperial', {
    timeout: 60_000,
  }, async () => {
    await start(120, 40, '--units imperial');
    keys('1');
    const s = await waitFor(/Range against speed[\s\S]*35 mph/);
    const { mode: _m, speedKmh: _s, ...conditions } = computeRange(f56()).input;
    const curve = rangeBySpeed(f56(), conditions, { system: 'imperial' });
    const imperial = { system: 'imperial' } as const;
    for (const p of curve.slice(0, 4)) {
      const row = s.split('\n').find((l) => l.trimStart().startsWith(formatSpeed(p.x, imperial)));
      expect(row, formatSpeed(p.x, imperial)).toBeDefined();
      expect(row!.trimEnd().endsWith(formatDistance(p.rangeKm, imperial))).toBe(true);
    }
    expect(curve.slice(0, 4).map((p) => formatSpeed(p.x, imperial))).toEqual([
      '20 mph',
      '25 mph',
      '30 mph',
      '35 mph',
    ]);
  });

  it('a value can be typed: Enter on the charging price, 0.59, Enter, and core’s cost of the session shows', {
    timeout: 60_000,
  }, async () => {
    await start(80, 24);
    keys('2');
    await waitFor(/Price per kWh\s+◂ not set/);
    for (let i = 0; i < 5; i++) keys('Down');
    await waitFor(/› Price per kWh/);
    keys('Enter');
    write('0.59');
    expect(await waitFor(/Price per kWh\s+◂ 0\.59▏ per kWh/)).toMatch(/Enter set · Esc cancel/);
    keys('Enter');
    const r = chargeSession(f56(), { pricePerKWh: 0.59 });
    const done = await waitFor(/Cost +\d/);
    expect(done).toMatch(new RegExp(`Cost +${formatMoney(r.cost!).replace('.', '\\.')} \\(`));
    expect(done).toMatch(/Price per kWh\s+◂ 0\.59 per kWh/);
  });

  it('at 80×24 a 3,000 km trip’s last stop can be reached by keys', { timeout: 60_000 }, async () => {
    await start(80, 24);
    keys('4');
    await waitFor(/Distance\s+◂ 500 km/);
    for (let i = 0; i < 50; i++) keys('Right');
    await waitFor(/Distance\s+◂ 3000 km/);
    const plan = planTrip(f56(), { distanceKm: 3000 });
    if (!plan.feasible) throw new Error(plan.reason);
    keys('Tab');
    keys('End');
    // The bottom is what the answer rests on; the plan's end is a page or two above it.
    await waitFor(/Pack voltage taken as 350 V/);
    // The last row of core's table of stops: its number, then where.
    const last = new RegExp(`^ +${plan.stops.length} +${formatDistance(plan.stops.at(-1)!.km)} `, 'm');
    let end = screen();
    for (let i = 0; i < 10 && !(last.test(end) && /, arrive with \d/.test(end)); i++) {
      keys('PPage');
      await sleep(150);
      end = screen();
    }
    expect(end).toMatch(last);
    expect(end).toMatch(/, arrive with \d/);
    expect(end).toMatch(/↑ \d+ above/);
    // Back to the top and to the inputs: the chosen input is in view again.
    keys('g');
    keys('Tab');
    expect(await waitFor(/› Distance/)).toMatch(/› Distance\s+◂ 3000 km/);
  });

  it('Esc closes the help and goes back, and never quits; Ctrl+C exits 130', {
    timeout: 60_000,
  }, async () => {
    await start(80, 24);
    keys('?');
    await waitFor(/mini-ev · Help/);
    keys('1'); // held by the help overlay
    keys('Escape');
    const back = await waitFor(/mini-ev · Line-up/);
    expect(back).toMatch(/mini-ev · Line-up/);
    keys('Enter');
    await waitFor(/mini-ev · Car/);
    // The help over a screen closes back to that screen, not the one before it.
    // (waitFor, not a fixed pause: a lone Esc waits 40 ms for the rest of a sequence, longer on a busy machine.)
    keys('?');
    await waitFor(/mini-ev · Help/);
    keys('Escape');
    expect(await waitFor(/mini-ev · Car/)).toMatch(/mini-ev · Car/);
    keys('Escape');
    await waitFor(/mini-ev · Line-up/);
    // Esc on the first screen does nothing: the app is still there to open the help again.
    keys('Escape');
    await sleep(200); // two writes, so the Esc is read on its own
    keys('?');
    const alive = await waitFor(/mini-ev · Help|EXIT=/);
    expect(alive).toMatch(/mini-ev · Help/);
    expect(alive).not.toMatch(/EXIT=/);
    keys('Escape');
    await waitFor(/mini-ev · Line-up/);
    keys('C-c');
    expect(await waitFor(/EXIT=130/)).toMatch(/EXIT=130/);
  });

  it('every key of a multi-key write counts, and an arrow split across writes is one key', {
    timeout: 60_000,
  }, async () => {
    await start(80, 24);
    write('jjj');
    keys('Enter');
    expect(await waitFor(/MINI Cooper SE \(J01\)\n/)).toMatch(
      /mini-ev · Car\s+metric\nMINI Cooper SE \(J01\)/,
    );
    keys('Escape');
    await waitFor(/mini-ev · Line-up/);
    // The escape byte of ↓, then the rest of it: two writes to the terminal, sent by one tmux command so
    // they follow each other within the app's 40 ms wait however busy the machine. The app may read them
    // apart or together; either way it is one ↓ (app.test.tsx holds the bytes apart to test the split
    // itself). The cursor moves one row, from the Cooper SE to the Aceman E.
    tmux('send-keys', '-t', session, '-H', '1b', ';', 'send-keys', '-t', session, '-l', '[B');
    keys('Enter');
    expect(await waitFor(/mini-ev · Car/)).toMatch(/mini-ev · Car\s+metric\nMINI Aceman E\n/);
  });

  it('NO_COLOR and TERM=dumb: no colour, the selection still visible', { timeout: 60_000 }, async () => {
    for (const env of ['NO_COLOR=1', 'TERM=dumb']) {
      await start(80, 24, '', env);
      // Once the line-up has drawn its rows, the selected one shows by its › marker.
      expect(await waitFor(/^› {2}MINI Cooper SE \(F56\)/m), env).toMatch(/^› {2}MINI Cooper SE \(F56\)/m);
      const styled = tmux('capture-pane', '-e', '-p', '-t', session);
      // No foreground colour codes (30–37, 90–97, 38;…).
      const colour = new RegExp(`${String.fromCharCode(27)}\\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m`);
      expect(styled, env).not.toMatch(colour);
      spawnSync('tmux', [...SOCKET, 'kill-session', '-t', session]);
    }
  });

  it.each([
    [60, 20],
    [80, 24],
    [120, 40],
    [200, 60],
  ])('at %i×%i no line of any screen is cut or wider than the window', { timeout: 90_000 }, async (w, h) => {
    await start(w, h, '--units imperial');
    const check = async (name: string, open: () => void, ready: RegExp) => {
      open();
      const s = await waitFor(ready);
      expect(s, name).toMatch(ready);
      for (const line of s.split('\n')) {
        expect(stringWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(w);
        expect(line.trimEnd().endsWith('…'), `${name}: ${line}`).toBe(false);
      }
    };
    await check('line-up', () => {}, /mini-ev · Line-up/);
    await check('car', () => keys('Enter'), /mini-ev · Car/);
    await check('range', () => keys('1'), /Range\s+\d+ mi/);
    await check('trip', () => keys('4'), /Total\s+\d/);
    await check('cost', () => keys('3'), /per 100 mi/);
    await check('history', () => keys('h'), /mini-ev · History/);
    await check('sources', () => keys('s'), /mini-ev · Sources/);
    await check('accuracy', () => keys('a'), /mini-ev · Accuracy[\s\S]*Mean absolute error/);
    await check('help', () => keys('?'), /mini-ev · Help/);
    // Back one screen per Esc, each waited for: two Escs that reach a busy app in one read are one
    // key to Ink (it cannot tell them from Alt+Esc), so the test does not race the app.
    for (const [name, title] of [
      ['accuracy', /mini-ev · Accuracy/],
      ['cost', /per 100 mi/],
      ['car', /mini-ev · Car/],
      ['line-up', /mini-ev · Line-up/],
    ] as const) {
      keys('Escape');
      expect(await waitFor(title), `Esc back to the ${name}`).toMatch(title);
    }
    await check(
      'compare',
      () => keys('Space', 'j', 'Space', 'j', 'j', 'Space', 'c'),
      /Answers, computed by the model[\s\S]*Real range, city/,
    );
    // Why another car is shown is a sentence from core, read whole however narrow the window.
    keys('Escape');
    await waitFor(/mini-ev · Line-up/);
    await check(
      'another car shown',
      () => {
        keys('/');
        write('rocketman');
        keys('Enter', '1');
      },
      /Showing the [\s\S]*published\./,
    );
  });
});
