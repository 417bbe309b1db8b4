/**
 * Packs @mini-ev/core and @mini-ev/tui as npm would publish them, installs both tarballs into a project
 * outside the workspace and runs the `mini-ev` command from there. Needs `pnpm build` first (turbo runs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tuiDir = fileURLToPath(new URL('..', import.meta.url));
const coreDir = fileURLToPath(new URL('../../../packages/core', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mini-ev-tui-consumer-'));
const tarballs: Record<'core' | 'tui', string> = { core: '', tui: '' };

/** The files in a tarball, as npm lists them. */
const filesIn = (tgz: string) =>
  execFileSync('tar', ['-tzf', join(dir, tgz)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));

beforeAll(() => {
  for (const [name, pkgDir] of [
    ['core', coreDir],
    ['tui', tuiDir],
  ] as const) {
    const before = new Set(readdirSync(dir));
    execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: pkgDir, stdio: 'pipe' });
    tarballs[name] = readdirSync(dir).find((f) => f.endsWith('.tgz') && !before.has(f))!;
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `./${tarballs.core}`, `./${tarballs.tui}`], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the published packages', () => {
  it('both tarballs carry a README and the LICENSE, and no source map pointing at missing files', () => {
    for (const tgz of Object.values(tarballs)) {
      const files = filesIn(tgz);
      expect(files, tgz).toContain('README.md');
      expect(files, tgz).toContain('LICENSE');
      expect(
        files.filter((f) => f.endsWith('.map')),
        tgz,
      ).toEqual([]);
    }
    // The packages' LICENSE files are copies of the repository's.
    const license = readFileSync(join(tuiDir, '../../LICENSE'), 'utf8');
    for (const d of [tuiDir, coreDir]) expect(readFileSync(join(d, 'LICENSE'), 'utf8')).toBe(license);
  });
  it('mini-ev runs from the installed package, outside the repository', () => {
    const bin = join(dir, 'node_modules', '.bin', 'mini-ev');
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
    const models = run(['models', '--json']);
    expect(models.status).toBe(0);
    expect(JSON.parse(models.stdout).map((m: { id: string }) => m.id)).toContain('cooper-se-j01');
    const range = run(['range', 'cooper-se-j01', '--speed', '75mph', '--json']);
    expect(range.status).toBe(0);
    expect(JSON.parse(range.stdout).rangeKm).toBeGreaterThan(100);
    const help = run(['help', 'trip']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--distance/);
    const bad = run(['range', 'cooper-se-j01', '--speed', 'fast']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^mini-ev: --speed: "fast" is not valid/);
  });
});
