// Runs core's unit tests under Node 24, which the npm registry serves as the `node` package.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const env = { ...process.env, npm_config_loglevel: 'error' };
const version = spawnSync('npx', ['-y', 'node@24', '--version'], { encoding: 'utf8', env }).stdout.trim();
if (!version.startsWith('v24.')) {
  console.error(`expected Node 24 from the npm registry's "node" package, got "${version}"`);
  process.exit(1);
}
console.log(`core tests under Node ${version}`);
const args = ['-y', 'node@24', vitest, 'run'];
console.log(`> npx ${args.join(' ')}`);
const r = spawnSync('npx', args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, npm_config_loglevel: 'error' },
});
process.exit(r.status ?? 1);
