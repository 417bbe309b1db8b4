/**
 * Drives the real interactive app in tmux, as a person would: start it, open a calculator, change an
 * input, see the result change, quit. tmux is installed by scripts/ensure-system-packages.sh.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const session = `mini-ev-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(re: RegExp, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (re.test(s) || Date.now() > end) return s;
    await sleep(100);
  }
}

afterAll(() => {
  spawnSync('tmux', ['kill-session', '-t', session]);
});

describe('the interactive app in a real terminal', () => {
  it('opens a calculator, changes an input, shows the new result, quits cleanly', {
    timeout: 120_000,
  }, async () => {
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '100',
      '-y',
      '30',
      `${process.execPath} ${cli}; echo EXIT=$?; sleep 30`,
    );
    expect(await waitFor(/Line-up/)).toMatch(/MINI Cooper SE \(F56\)/);
    tmux('send-keys', '-t', session, '1');
    const before = await waitFor(/Range\s+\d+ km/);
    const range = (s: string) => Number(/Range\s+(\d+) km/.exec(s)?.[1]);
    expect(before).toMatch(/Speed\s+◂ 110 km\/h/);
    tmux('send-keys', '-t', session, 'Down'); // from the driving mode to the speed
    tmux('send-keys', '-t', session, 'Right');
    const after = await waitFor(/Speed\s+◂ 120 km\/h/);
    expect(range(after)).toBeLessThan(range(before));
    tmux('send-keys', '-t', session, 'q');
    expect(await waitFor(/EXIT=0/)).toMatch(/EXIT=0/);
  });
});
