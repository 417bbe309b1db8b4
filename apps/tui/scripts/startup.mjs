// Prints start-up figures against baselines on this machine (medians of N runs):
//  - `mini-ev models --json` against a bare `node` that imports @mini-ev/core (target ≤ 1.5×)
//  - the interactive app's first frame against a hello-world Ink app's (target ≤ 1.3×), in a pseudo-terminal.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const hello = fileURLToPath(new URL('./hello-ink.mjs', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeExit(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Time until the text appears on a pseudo-terminal (util-linux `script`), then stop the program. */
function timeFirstFrame(command, text) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: here,
      env: { ...process.env, COLUMNS: '100', LINES: '30' },
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${text}" within 10 s: ${out}`));
    }, 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(text)) {
        clearTimeout(timer);
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
  });
}

/** Runs the baseline and the candidate alternately so that machine load drifts hit both alike. */
async function paired(base, candidate) {
  const a = [];
  const b = [];
  await base(); // warm the file-system cache
  await candidate();
  for (let i = 0; i < RUNS; i++) {
    a.push(await base());
    b.push(await candidate());
  }
  return [median(a), median(b)];
}

const [bare, json] = await paired(
  () => timeExit(['--input-type=module', '-e', "await import('@mini-ev/core')"]),
  () => timeExit([cli, 'models', '--json']),
);
const [inkHello, app] = await paired(
  () => timeFirstFrame(`${process.execPath} ${hello}`, 'Hello from Ink'),
  () => timeFirstFrame(`${process.execPath} ${cli}`, 'Line-up'),
);

const row = (name, ms, base, target) =>
  `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms   ${(ms / base).toFixed(2)}× (target ≤ ${target}×) ${ms / base <= target ? 'ok' : 'OVER'}`;
console.log(`start-up, median of ${RUNS} runs, node ${process.version}`);
console.log(`  ${'bare node importing @mini-ev/core'.padEnd(44)} ${bare.toFixed(0).padStart(5)} ms`);
console.log(row('mini-ev models --json', json, bare, 1.5));
console.log(`  ${'hello-world Ink app, first frame'.padEnd(44)} ${inkHello.toFixed(0).padStart(5)} ms`);
console.log(row('mini-ev interactive, first frame', app, inkHello, 1.3));
