/**
 * The site's server (`pnpm start`, scripts/serve.mjs): a calculator link arrives with core's answer for its
 * inputs in the page, so it is on screen at first paint and with JavaScript off, and the browser fetches
 * neither the early-answer script nor core for it; anything else is the static site; nothing gives a 5xx.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  chargeSession,
  computeRange,
  formatDistance,
  formatDuration,
  getVehicle,
  planTrip,
  tripNotPossible,
  vehicleModel,
} from '@mini-ev/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';

const browserOf = sharedBrowser();
let server: ChildProcess;
let base = '';

beforeAll(async () => {
  const script = fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url));
  server = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' } });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (d) => {
      out += String(d);
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
});
afterAll(() => {
  server?.kill();
});

const j01 = () => vehicleModel(getVehicle('cooper-se-j01'));
const f56 = () => vehicleModel(getVehicle('cooper-se-f56'));

/** The scripts a page fetches until the network is quiet. */
async function scriptsOf(page: Page, path: string) {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  return scripts;
}

/** Runs the server script with `env` until it exits; its exit code and what it wrote. */
function runServer(env: Record<string, string>) {
  const script = fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url));
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err })),
  );
}

describe('the site’s server at start', () => {
  it('says a port in use in one line, with what to do, and exits 1 (no stack trace)', async () => {
    const port = new URL(base).port;
    const r = await runServer({ PORT: port });
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `mini-ev: port ${port} is in use (another server, or mini-ev already running); stop it, or set PORT to another port (for example PORT=3001)\n`,
    );
    expect(r.out).toBe('');
  });
  it('refuses a PORT that is not a port, naming what is allowed, and exits 2', async () => {
    for (const bad of ['abc', '-1', '70000', '']) {
      const r = await runServer({ PORT: bad });
      expect(r.code, bad).toBe(2);
      expect(r.err, bad).toBe(
        `mini-ev: PORT must be a whole number from 0 to 65535 (0: any free port); got "${bad}".\n`,
      );
    }
  });
});

describe('the site’s server', () => {
  it('puts core’s answer for a link’s inputs in the page: with JavaScript off it is what the reader sees', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/range?model=cooper-se-j01&speed=130&temp=-10`);
    const box = page.locator('[data-early-answer]');
    const r = computeRange(j01(), { speedKmh: 130, tempC: -10 });
    expect(await box.locator('.u-m .big').innerText()).toMatch(
      new RegExp(`^${formatDistance(r.rangeKm)} \\(`),
    );
    expect(await box.isVisible()).toBe(true);
    // No note that the page needs JavaScript, and not the answer prerendered for the default inputs.
    expect(await page.getByText(/JavaScript is off/).isVisible()).toBe(false);
    expect(await page.getByTestId('range-result').isVisible()).toBe(false);
    // An address in imperial shows imperial, script or not.
    await page.goto(`${base}/range?model=cooper-se-j01&speed=130&temp=-10&units=imperial`);
    const mi = formatDistance(r.rangeKm, { system: 'imperial' });
    expect(await page.locator('[data-early-answer] .u-i .big').innerText()).toMatch(new RegExp(`^${mi} \\(`));
    expect(await page.locator('[data-early-answer] .u-i').isVisible()).toBe(true);
    await context.close();
  });

  it('answers a trip no plan can drive: why, in the reader’s units, with JavaScript off and on', async () => {
    const plan = planTrip(f56(), { distanceKm: 500, chargerSpacingKm: 300, tempC: -10 });
    if (plan.feasible) throw new Error('expected an impossible trip');
    const said = tripNotPossible(plan, { system: 'imperial' });
    const path = '/trip?model=cooper-se-f56&distance=500&spacing=300&temp=-10&units=imperial';
    const off = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(base + path);
    const box = page.locator('[data-early-answer] .u-i');
    expect(await box.isVisible()).toBe(true);
    // Core's sentence, its head as the big line and the reason under it.
    expect(`${await box.locator('.big').innerText()}: ${await box.locator('p').innerText()}`).toBe(said);
    expect(await box.locator('p').innerText()).toMatch(/186 mi away/);
    expect(await page.getByText(/JavaScript is off/).isVisible()).toBe(false);
    await off.close();
    // With JavaScript on, the planner shows the server's view, core's words, and no core is fetched for it.
    const on = await browserOf().newContext();
    const live = await on.newPage();
    const scripts = await scriptsOf(live, path);
    expect(scripts.filter((s) => s.startsWith('/early/'))).toEqual([]);
    await expect.poll(() => live.getByTestId('trip-problem').textContent()).toBe(said);
    await on.close();
  });

  it('a link needs neither the early-answer script nor core: the calculator shows the server’s view, then computes on an edit', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const scripts = await scriptsOf(page, '/range?model=cooper-se-j01&speed=130&temp=-10');
    expect(scripts.filter((s) => s.startsWith('/early/'))).toEqual([]);
    const plain = await browserOf().newPage();
    const onPlain = await scriptsOf(plain, '/range');
    await plain.close();
    // The same scripts as the page with no inputs, which has never needed core.
    expect([...scripts].sort()).toEqual([...onPlain].sort());
    const r = computeRange(j01(), { speedKmh: 130, tempC: -10 });
    await expect.poll(() => page.getByTestId('range-result').textContent()).toBe(formatDistance(r.rangeKm));
    await page.getByLabel(/^Speed/).fill('100');
    const r100 = computeRange(j01(), { speedKmh: 100, tempC: -10 });
    await expect
      .poll(() => page.getByTestId('range-result').textContent())
      .toBe(formatDistance(r100.rangeKm));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers every calculator as core does', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/charging?model=cooper-se-f56&from=20&to=80&kw=50`, { waitUntil: 'networkidle' });
    const c = chargeSession(f56(), { fromPct: 20, toPct: 80, chargerKW: 50 });
    expect(await page.getByTestId('charge-result').textContent()).toBe(formatDuration(c.minutes));
    await page.goto(`${base}/trip?model=cooper-se-j01&distance=900`, { waitUntil: 'networkidle' });
    const t = planTrip(j01(), { distanceKm: 900 });
    if (!t.feasible) throw new Error(t.reason);
    expect(await page.locator('[data-early-answer]').isVisible()).toBe(false);
    expect(await page.getByTestId('trip-total').textContent()).toBe(formatDuration(t.totalMinutes));
    await context.close();
  });

  it('gives the static page, never a 5xx, for addresses it has no answer for or cannot read', async () => {
    const paths = [
      '/range?speed=abc',
      '/range?speed=0x1F',
      '/range?speed=130&speed=100',
      '/range?model=nope&speed=100',
      '/range?model=rocketman-concept&speed=100',
      '/charging?from=90&to=50',
      '/cost?market=zz',
      '/trip?distance=-5',
      '/range?%E0%A4%A',
      '/range?speed=%00',
      `/trip?distance=${'9'.repeat(400)}`,
      '/range/?speed=100',
      '/range.html?speed=100',
      '/compare?models=aceman-e,aceman-se',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/models/nope?speed=1',
    ];
    for (const p of paths) {
      const res = await fetch(base + p);
      expect(res.status, p).toBeLessThan(500);
    }
    // A bad field: the page itself, which names the field in the browser (as on a static host).
    const res = await fetch(`${base}/range?speed=abc`);
    expect(/<html[^>]*data-server-answer/.test(await res.text())).toBe(false);
  });
});
