/**
 * Packs @mini-ev/core, installs the tarball into a project outside the workspace, imports it from plain
 * Node ESM and type-checks a TypeScript file against it. Needs `pnpm build` first (turbo runs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
/** The data set's size, as the repository's own build exports it. */
const vehicleCount: number = JSON.parse(
  readFileSync(new URL('../dist/mini-ev-data.json', import.meta.url), 'utf8'),
).vehicles.length;
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
const dir = mkdtempSync(join(tmpdir(), 'mini-ev-consumer-'));
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

beforeAll(() => {
  execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: pkgDir, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', `./${tarball}`, 'zod@4', '@types/node@20']);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a consumer outside the workspace', () => {
  it('imports the package from plain Node ESM and computes', () => {
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { getVehicle, vehicleModel, chargeSession, dataSet } from '@mini-ev/core';
import { Vehicle } from '@mini-ev/core/schema';
import { createRequire } from 'node:module';
const data = createRequire(import.meta.url)('@mini-ev/core/data.json');
const m = vehicleModel(getVehicle('cooper-se-j01'));
console.log(JSON.stringify({
  minutes: Math.round(chargeSession(m, { fromPct: 10, toPct: 80 }).minutes),
  vehicles: dataSet.vehicles.length,
  json: data.vehicles.length,
  valid: Vehicle.safeParse(data.vehicles[0]).success,
}));`,
    );
    expect(JSON.parse(run('node', ['use.mjs']))).toEqual({
      minutes: 30,
      vehicles: vehicleCount,
      json: vehicleCount,
      valid: true,
    });
  });

  it('runs the README’s library example as written', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(dir, 'readme.mjs'), example!);
    expect(run('node', ['readme.mjs'])).toMatch(
      /^\d+ km at 120 km\/h and −5 °C\n\d+ min for 10–80 %, limited by the (car|charger)\n\d+ stops, \d+ min\n$/,
    );
  });

  it('runs the README’s custom-car example as written, from the installed package', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = /```js\n\/\/ readme-example: custom car\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(dir, 'custom.mjs'), example!);
    expect(run('node', ['custom.mjs'])).toMatch(
      /^\d+ km at 120 km\/h and −5 °C\n\d+ min for 10–80 % on a 150 kW charger\n$/,
    );
  });

  it('type-checks TypeScript against the declarations', () => {
    writeFileSync(
      join(dir, 'use.ts'),
      `import { getVehicle, vehicleModel, steadySpeedRange, type RangeResult, type Vehicle } from '@mini-ev/core';
const v: Vehicle = getVehicle('cooper-se-f56');
const r: RangeResult = steadySpeedRange(vehicleModel(v), { speedKmh: 90 });
const km: number = r.rangeKm;
// @ts-expect-error speedKmh must be a number
steadySpeedRange(vehicleModel(v), { speedKmh: '90' });
export { km };`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          types: ['node'],
        },
        files: ['use.ts'],
      }),
    );
    expect(() => run('node', [tsc, '-p', '.'])).not.toThrow();
  });
});
