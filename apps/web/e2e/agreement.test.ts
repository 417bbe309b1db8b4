/**
 * The built site, in a browserOf(), shows what the library computes and what `mini-ev … --json` prints, for each
 * calculator's defaults and for an address that sets one input (the random-input agreement of all faces is
 * tests/agreement). Needs the built terminal app (a dev dependency, so turbo builds it first).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  chargeSession,
  computeRange,
  formatDistance,
  formatDuration,
  formatYearlyMoney,
  getVehicle,
  planTrip,
  runningCost,
  vehicleModel,
} from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { open, sharedBrowser } from './browser';

const cli = join(dirname(createRequire(import.meta.url).resolve('@mini-ev/tui/package.json')), 'dist/cli.js');
function cliJson(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args, '--json'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const browserOf = sharedBrowser();

const j01 = () => vehicleModel(getVehicle('cooper-se-j01'));
const CASES = [
  {
    path: '/trip?model=cooper-se-j01&distance=600',
    testId: 'trip-total',
    cli: ['trip', 'cooper-se-j01', '--distance', '600'],
    library: () => {
      const p = planTrip(j01(), { distanceKm: 600 });
      if (!p.feasible) throw new Error(p.reason);
      return p.totalMinutes;
    },
    fromJson: (j: { totalMinutes: number }) => j.totalMinutes,
    format: formatDuration,
  },
  {
    path: '/trip',
    testId: 'trip-total',
    cli: ['trip', 'cooper-se-j01'],
    library: () => {
      const p = planTrip(j01());
      if (!p.feasible) throw new Error(p.reason);
      return p.totalMinutes;
    },
    fromJson: (j: { totalMinutes: number }) => j.totalMinutes,
    format: formatDuration,
  },
  {
    path: '/range',
    testId: 'range-result',
    cli: ['range', 'cooper-se-j01'],
    library: () => computeRange(j01()).rangeKm,
    fromJson: (j: { rangeKm: number }) => j.rangeKm,
    format: (km: number) => formatDistance(km),
  },
  {
    path: '/charging',
    testId: 'charge-result',
    cli: ['charge', 'cooper-se-j01'],
    library: () => chargeSession(j01()).minutes,
    fromJson: (j: { minutes: number }) => j.minutes,
    format: formatDuration,
  },
  {
    path: '/charging?model=cooper-se-f56&ac=1',
    testId: 'charge-result',
    cli: ['charge', 'cooper-se-f56', '--ac'],
    library: () => chargeSession(vehicleModel(getVehicle('cooper-se-f56')), { ac: true }).minutes,
    fromJson: (j: { minutes: number }) => j.minutes,
    format: formatDuration,
  },
  {
    path: '/cost',
    testId: 'cost-per-year',
    cli: ['cost', 'cooper-se-j01'],
    library: () => runningCost(j01()).perYear,
    fromJson: (j: { perYear: number }) => j.perYear,
    format: (x: number) => formatYearlyMoney(x),
  },
];

describe('the built site shows the library’s and the CLI’s answer', () => {
  it.each(CASES)('$path', async ({ path, testId, cli: args, library, fromJson, format }) => {
    const expected = library();
    // --json prints 12 significant digits.
    expect(fromJson(cliJson(args))).toBeCloseTo(expected, 9);
    const { page, errors, close } = await open(browserOf(), path);
    await expect.poll(() => page.getByTestId(testId).first().innerText()).toBe(format(expected));
    expect(errors).toEqual([]);
    await close();
  });
});
