/**
 * The CLI under random argument vectors, as a process: it never crashes, never prints a stack, exits 0, 1 or
 * 2, and exit 2 always comes with one `mini-ev:` message whose flags are real ones or the one typed.
 * Set FUZZ_SEED to replay a run (the seed is printed with a failure).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vehicleIds } from '@mini-ev/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Every flag the program and its subcommands define (and --help, which commander adds). */
const program = buildProgram();
const REAL_FLAGS = new Set([
  ...[program, ...program.commands].flatMap((c) =>
    c.options.map((o) => o.long).filter((f) => f !== undefined),
  ),
  '--help',
]);
/** Every subcommand the program defines, and `help`. */
const COMMANDS = [...program.commands.map((c) => c.name()), 'help'];

const value = fc.oneof(
  fc.constantFrom(
    '120',
    '-5',
    '70mph',
    '23F',
    '300mi',
    '0',
    '1e9',
    'NaN',
    '',
    'abc',
    '10,20',
    '−3',
    '0x1F',
    'WLTP',
  ),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 8 }),
);
const token = fc.oneof(
  fc.constantFrom(...COMMANDS),
  fc.constantFrom(...vehicleIds, 'COOPER-SE-J01', 'nope'),
  fc.constantFrom(...REAL_FLAGS, '--nope', '-x', '--speed=', '--to=-1'),
  value,
);
const argv = fc.array(token, { minLength: 0, maxLength: 7 });

function runCli(
  args: string[],
): Promise<{ code: number | null; err: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 20_000,
    });
    let err = '';
    p.stderr.on('data', (d) => {
      err += d;
    });
    p.on('close', (code, signal) => resolve({ code, err, signal }));
  });
}

describe('fuzzed argument vectors', () => {
  it('never crash, never print a stack, exit 0, 1 or 2 with a message naming real flags', {
    timeout: 180_000,
  }, async () => {
    const cases = fc.sample(argv, { numRuns: 300, seed: SEED });
    const results: { args: string[]; code: number | null; err: string; signal: NodeJS.Signals | null }[] = [];
    for (let i = 0; i < cases.length; i += 12) {
      const batch = cases.slice(i, i + 12);
      results.push(...(await Promise.all(batch.map(async (args) => ({ args, ...(await runCli(args)) })))));
    }
    for (const r of results) {
      const where = `seed ${SEED}: mini-ev ${JSON.stringify(r.args)} → ${r.code}\n${r.err}`;
      expect(r.signal, where).toBeNull();
      expect([0, 1, 2], where).toContain(r.code);
      expect(r.err, where).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      if (r.code === 2) {
        expect(r.err, where).toMatch(/^mini-ev: /);
        for (const flag of r.err.match(/--[a-z][a-z-]*/g) ?? [])
          expect(
            REAL_FLAGS.has(flag) || r.args.some((a) => a.startsWith(flag)),
            `${where}\nflag ${flag}`,
          ).toBe(true);
      }
    }
  });
});
