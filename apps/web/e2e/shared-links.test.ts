/**
 * A shared link never shows another input's answer: not while the page loads (its scripts delayed, as on
 * a slow phone), not after, and not with JavaScript off.
 */
import {
  answerRows,
  chargeSession,
  compareAnswers,
  computeRange,
  formatDistance,
  formatDuration,
  formatYearlyMoney,
  getMarket,
  getVehicle,
  planTrip,
  runningCost,
  vehicleModel,
} from '@mini-ev/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browserOf = sharedBrowser();

const j01 = () => vehicleModel(getVehicle('cooper-se-j01'));
const defaultRange = () => formatDistance(computeRange(j01()).rangeKm);
const linkedRange = () => formatDistance(computeRange(j01(), { speedKmh: 130, tempC: -10 }).rangeKm);

/** Whether an element is visible to the reader (laid out, not hidden by CSS). */
const shown = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const style = getComputedStyle(el);
    return (
      style.display !== 'none' && style.visibility !== 'hidden' && (el as HTMLElement).offsetParent !== null
    );
  }, selector);

/** A page whose scripts are all held back until `release()`, as on a slow phone on a slow network. */
async function withScriptsHeld() {
  const context = await browserOf().newContext();
  const page = await context.newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return { context, page, release };
}

describe('a shared calculator link', () => {
  it('shows nothing until the answer for its own inputs, then that answer', async () => {
    const { context, page, release } = await withScriptsHeld();
    await page.goto(`${baseUrl()}/range?model=cooper-se-j01&speed=130&temp=-10`, { waitUntil: 'commit' });
    await page.waitForSelector('.calc-live', { state: 'attached' });
    // The prerendered answer (for 110 km/h and 20 °C) is in the page, but not on screen.
    expect(await page.locator('[data-testid=range-result]').first().textContent()).toBe(defaultRange());
    expect(await shown(page, '.calc-live')).toBe(false);
    expect(await shown(page, '.pending-note')).toBe(true);
    release();
    await expect.poll(() => shown(page, '.calc-live'), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('range-result').textContent()).toBe(linkedRange());
    expect(await shown(page, '.pending-note')).toBe(false);
    await context.close();
  });

  it('without inputs in the address, the prerendered answer shows at once', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${baseUrl()}/range`, { waitUntil: 'domcontentloaded' });
    expect(await shown(page, '.calc-live')).toBe(true);
    expect(await page.getByTestId('range-result').textContent()).toBe(defaultRange());
    await context.close();
  });

  it('compare shows the cars in the link, never the default pair', async () => {
    const { context, page, release } = await withScriptsHeld();
    await page.goto(`${baseUrl()}/compare?models=aceman-e,aceman-se`, { waitUntil: 'commit' });
    await page.waitForSelector('.calc-live', { state: 'attached' });
    expect(await shown(page, '.calc-live')).toBe(false);
    release();
    await expect.poll(() => shown(page, '.calc-live'), { timeout: 20_000 }).toBe(true);
    const heads = await page.locator('.calc-live thead').first().textContent();
    expect(heads).toContain('Aceman E');
    expect(heads).not.toContain('Cooper SE (F56)');
    await context.close();
  });

  it('with JavaScript off, says the answer needs it instead of showing one for other inputs', async () => {
    for (const path of [
      '/range?speed=130&temp=-10',
      '/trip?distance=900',
      '/compare?models=aceman-e,aceman-se',
    ]) {
      const context = await browserOf().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
      expect(await shown(page, '.calc-live'), path).toBe(false);
      // Playwright's text locators skip <noscript>; read the note itself.
      expect(await shown(page, 'p.note'), path).toBe(true);
      expect(await page.evaluate(() => document.querySelector('p.note')?.textContent), path).toMatch(
        /JavaScript is off: turn it on to see the answer for the inputs in this address/,
      );
      await context.close();
    }
  });
});

describe('an early answer, before the framework arrives', () => {
  const uk = getMarket('uk');
  const CASES = [
    {
      path: '/range?model=cooper-se-j01&speed=130&temp=-10',
      headline: () => formatDistance(computeRange(j01(), { speedKmh: 130, tempC: -10 }).rangeKm),
    },
    {
      path: '/charging?model=cooper-se-f56&from=20&to=90&kw=50',
      headline: () =>
        formatDuration(
          chargeSession(vehicleModel(getVehicle('cooper-se-f56')), { fromPct: 20, toPct: 90, chargerKW: 50 })
            .minutes,
        ),
    },
    {
      path: '/cost?model=cooper-e-j01&market=uk',
      headline: () =>
        formatYearlyMoney(runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: uk }).perYear, {
          currency: uk.currency,
          locale: uk.locale,
        }),
    },
    {
      path: '/trip?model=aceman-se&distance=600',
      headline: () => {
        const plan = planTrip(vehicleModel(getVehicle('aceman-se')), { distanceKm: 600 });
        if (!plan.feasible) throw new Error(plan.reason);
        return formatDuration(plan.totalMinutes);
      },
    },
  ];

  /** A page whose framework never arrives: only the layout's script and the early answer run. */
  async function withoutFramework(path: string) {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-early')), {
        timeout: 20_000,
      })
      .toBe(true);
    return { context, page };
  }

  it.each(CASES)(
    '$path shows core’s answer for its inputs, and nothing else of the calculator',
    async (c) => {
      const { context, page } = await withoutFramework(c.path);
      const headline = await page.locator('[data-early-answer] .big').textContent();
      expect(headline!.startsWith(c.headline()), `${headline} for ${c.headline()}`).toBe(true);
      expect(await shown(page, '[data-early-answer]')).toBe(true);
      // The form and the result prerendered for the defaults stay hidden.
      expect(await shown(page, '.calc-live form')).toBe(false);
      expect(await shown(page, '.pending-note')).toBe(false);
      await context.close();
    },
  );

  it('compare shows core’s computed answers for the cars and market in the link', async () => {
    const { context, page } = await withoutFramework('/compare?models=aceman-e,aceman-se&market=de');
    const cells = await page
      .locator('[data-early-answer] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const rows = compareAnswers(
      ['aceman-e', 'aceman-se'].map((id) => answerRows(getVehicle(id), { market: getMarket('de') })),
    );
    expect(cells).toEqual(rows.map((r) => r.values.map((v, i) => (r.best.includes(i) ? `${v} best` : v))));
    await context.close();
  });

  it('an address with a bad field or an unknown car gets no early answer: the page says what is wrong', async () => {
    for (const path of [
      '/range?speed=abc',
      '/trip?model=nope&distance=600',
      '/compare?models=aceman-e,nope',
    ]) {
      const context = await browserOf().newContext();
      const page = await context.newPage();
      await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-early')), path).toBe(
        false,
      );
      expect(await shown(page, '.pending-note'), path).toBe(true);
      await context.close();
    }
  });

  it('core comes once: on a shared link the calculator computes with the early answer’s engine', async () => {
    /** The scripts a fresh visit fetches, by path. */
    const fetched = async (path: string) => {
      const context = await browserOf().newContext();
      const page = await context.newPage();
      const urls = new Set<string>();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') urls.add(new URL(r.url()).pathname);
      });
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      return { page, urls, close: () => context.close() };
    };
    for (const [name, path] of [
      ['range', CASES[0]!.path],
      ['charging', CASES[1]!.path],
      ['cost', CASES[2]!.path],
      ['trip', CASES[3]!.path],
    ] as const) {
      const plain = await fetched(`/${name}`);
      await plain.close();
      const link = await fetched(path);
      // The page's own scripts and the early answer: no second download of the calculator's engine.
      expect([...link.urls].sort(), path).toEqual([...plain.urls, `/early/${name}.js`].sort());
      if (name === 'range') {
        // And it computes with it: a new input gets core's answer.
        await link.page.getByLabel(/^Speed \(/).fill('90');
        await expect
          .poll(() => link.page.getByTestId('range-result').textContent())
          .toBe(formatDistance(computeRange(j01(), { speedKmh: 90, tempC: -10 }).rangeKm));
      }
      await link.close();
    }
  });

  it('once the framework has the full answer on screen, the early box is gone', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${CASES[0]!.path}`, { waitUntil: 'networkidle' });
    await expect.poll(() => shown(page, '.calc-live')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-early'))).toBe(false);
    expect(await shown(page, '[data-early-answer]')).toBe(false);
    expect(await page.getByTestId('range-result').textContent()).toBe(CASES[0]!.headline());
    await context.close();
  });
});
