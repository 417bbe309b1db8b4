/**
 * A shared link never shows another input's answer: not while the page loads (its scripts delayed, as on
 * a slow phone), not after, and not with JavaScript off.
 */
import { computeRange, formatDistance, getVehicle, vehicleModel } from '@mini-ev/core';
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
