import {
  ACCURACY_COLUMNS,
  accuracyReport,
  accuracySummary,
  answerRows,
  assumptionNotes,
  CHARGE_CONTRACT,
  type ChoiceField,
  chargeChartWords,
  chargeSession,
  chargeSummary,
  compareAnswers,
  compareRows,
  computeRange,
  costSummary,
  dataSet,
  dcChargerPoints,
  fieldHelp,
  fieldOf,
  formatBreakdown,
  formatCostPerDistance,
  formatDistance,
  formatDuration,
  formatInterval,
  formatMoney,
  formatPercent,
  formatPower,
  formatYearlyMoney,
  getMarket,
  getVehicle,
  headlineRange,
  INTERVAL_NAME,
  LINEUP_COLUMNS,
  lineupCells,
  marketCaption,
  marketFormat,
  marketHeading,
  marketIds,
  marketPriceNotes,
  notCalculableNotice,
  notCalculableReason,
  packWarmingWords,
  planTrip,
  RANGE_CONTRACT,
  rangeSummary,
  runningCost,
  specRows,
  steadySpeedRange,
  tripNotPossible,
  tripSteps,
  tripSummary,
  vehicleIds,
  vehicleModel,
  vehicleSummary,
} from '@mini-ev/core';
import { describe, expect, it } from 'vitest';
import { SITEMAP_PATHS } from '../app/sitemap';
import { SITE_URL } from '../lib/meta';
import { axe, baseUrl, open, sharedBrowser } from './browser';

const ROUTES = [
  '/',
  '/models',
  ...vehicleIds.map((id) => `/models/${id}`),
  '/compare?models=cooper-se-f56,cooper-se-j01,aceman-se',
  '/charging',
  '/range',
  '/cost',
  '/cost?market=uk',
  '/trip',
  '/history',
  '/factory',
  '/sources',
  '/accuracy',
  '/data',
];

const browserOf = sharedBrowser();

/** The J01 Cooper SE's WLTP range as core writes it in imperial (a span: 240 mi – 250 mi). */
const j01WltpImperial = () =>
  specRows(getVehicle('cooper-se-j01'), { system: 'imperial' }).find((r) => r.key === 'WLTP-range')!.value;

/** The text a reader sees (innerText: figures prerendered in the other unit system are hidden). */
const text = async (page: import('playwright-core').Page, testId: string) =>
  (await page.getByTestId(testId).innerText())?.trim();

/** How many field errors on the page refuse the market id `id` in core's words (Market: "xx" is not one of …). */
const marketRefusals = (page: import('playwright-core').Page, id: string) =>
  page.locator('.field .err', { hasText: `Market: "${id}" is not one of ${marketIds.join(', ')}.` }).count();

describe('every route', () => {
  it.each(ROUTES)('%s renders with no console error', async (path) => {
    const { page, errors, status, close } = await open(browserOf(), path);
    expect(status).toBe(200);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await close();
  });
  it.each(ROUTES)('%s fits a 360 px phone without sideways scrolling', async (path) => {
    const { page, close } = await open(browserOf(), path, { width: 360 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
    await close();
  });
  it.each(ROUTES)('%s has no accessibility violations (axe-core, WCAG 2.2 AA)', async (path) => {
    const { page, close } = await open(browserOf(), path);
    expect(await axe(page)).toEqual([]);
    await close();
  });
  it('dark mode and a phone width pass axe too', async () => {
    for (const path of ['/', '/models/cooper-se-j01', '/trip']) {
      const { page, close } = await open(browserOf(), path, { width: 360, colorScheme: 'dark' });
      expect(await axe(page), path).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
      await close();
    }
  });
});

describe('calculators show core’s numbers', () => {
  it('range', async () => {
    const { page, close } = await open(
      browserOf(),
      '/range?model=cooper-se-f56&speed=120&temp=-5&from=90&to=10',
    );
    const r = steadySpeedRange(vehicleModel(getVehicle('cooper-se-f56')), {
      speedKmh: 120,
      tempC: -5,
      fromPct: 90,
      toPct: 10,
    });
    expect(await text(page, 'range-result')).toBe(formatDistance(r.rangeKm));
    expect(await text(page, 'range-interval')).toBe(
      `(${formatInterval(r.rangeKmLow, r.rangeKmHigh, (x) => formatDistance(x), r.rangeKm)})`,
    );
    expect(await page.getByTestId('range-interval').getAttribute('title')).toBe(INTERVAL_NAME);
    await close();
  });
  it('range over a drive cycle: the cycle in core’s words, and the temperature chart over that cycle', async () => {
    const m = vehicleModel(getVehicle('cooper-se-j01'));
    const r = computeRange(m, { mode: 'wltp', tempC: 5 });
    const { page, close } = await open(browserOf(), '/range?model=cooper-se-j01&mode=wltp&temp=5');
    await expect.poll(() => text(page, 'range-result')).toBe(formatDistance(r.rangeKm));
    const say = rangeSummary(r);
    expect(await text(page, 'range-driving')).toBe(r.mode);
    expect(await text(page, 'range-conditions')).toBe(say.conditions);
    const chart = page.locator('figcaption', { hasText: 'Range against temperature' });
    expect(await chart.innerText()).toBe(say.charts.byTemp);
    expect(say.charts.byTemp).toBe(`Range against temperature, ${r.mode}`);
    await close();
  });
  it('accuracy: the validation table and its summary are core’s', async () => {
    const { page, close } = await open(browserOf(), '/accuracy');
    const report = accuracyReport();
    expect(await page.getByTestId('accuracy-table').locator('tbody tr').count()).toBe(report.rows.length);
    const s = accuracySummary(report);
    const summary = await text(page, 'accuracy-summary');
    for (const line of [s.meanAbsError, s.against, s.withinTolerance, s.coverage, s.naiveMethod])
      expect(summary).toContain(line);
    // A figure never breaks inside itself: "13 kWh/100 km" and "+4.3 %" each keep to one line (the
    // measured cell may wrap only after it, before "at the plug").
    const broken = await page.getByTestId('accuracy-table').evaluate((t) => {
      const out: string[] = [];
      for (const td of t.querySelectorAll('tbody td')) {
        const text = td.textContent ?? '';
        const m = /^[−+±]?[\d.,]+\s*(?:kWh\/100 km|km|min|kWh|%)/.exec(text);
        if (!m) continue;
        const range = document.createRange();
        const node = td.firstChild!;
        range.setStart(node, 0);
        range.setEnd(node, m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(m[0]);
      }
      return out;
    });
    expect(broken).toEqual([]);
    // The headings are core's, in its order.
    expect(await page.getByTestId('accuracy-table').locator('thead th').allTextContents()).toEqual(
      ACCURACY_COLUMNS.map((c) => c.label),
    );
    await close();
  });
  it('charging', async () => {
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-j01&from=10&to=80&kw=150');
    const r = chargeSession(vehicleModel(getVehicle('cooper-se-j01')), {
      fromPct: 10,
      toPct: 80,
      chargerKW: 150,
    });
    expect(await text(page, 'charge-result')).toBe(formatDuration(r.minutes));
    expect(await text(page, 'charge-interval')).toBe(
      `(${formatInterval(r.minutesLow, r.minutesHigh, formatDuration, r.minutes)})`,
    );
    // Core's lines, in core's words: the energy, and for a warm pack nothing about warming it.
    expect(await text(page, 'charge-energy')).toBe(chargeSummary(r).energy);
    expect(await text(page, 'charge-power')).toBe(chargeSummary(r).power);
    expect(await page.getByTestId('charge-battery').count()).toBe(0);
    await close();
  });
  it('charging a cold pack: the time and how the pack warmed, in core’s words and the reader’s units', async () => {
    const r = chargeSession(vehicleModel(getVehicle('cooper-se-f56')), { chargerKW: 50, batteryTempC: 0 });
    for (const system of ['metric', 'imperial'] as const) {
      const { page, close } = await open(
        browserOf(),
        `/charging?model=cooper-se-f56&kw=50&btemp=0&units=${system}`,
      );
      await expect.poll(() => text(page, 'charge-result')).toBe(formatDuration(r.minutes));
      expect(await text(page, 'charge-battery')).toBe(packWarmingWords(r, { system }));
      await close();
    }
  });
  it('cost', async () => {
    const { page, close } = await open(
      browserOf(),
      '/cost?model=cooper-e-j01&km=15000&home=0.25&litres=6&fuelprice=1.9',
    );
    const r = runningCost(vehicleModel(getVehicle('cooper-e-j01')), {
      yearlyKm: 15000,
      homePricePerKWh: 0.25,
      publicPricePerKWh: 0.55,
      publicSharePct: 20,
      tempC: 11,
      gridGCO2PerKWh: 300,
      comparison: { fuel: 'petrol', litresPer100Km: 6, pricePerLitre: 1.9 },
      priceDifference: 3000,
    });
    expect(await text(page, 'cost-per-year')).toBe(formatYearlyMoney(r.perYear));
    expect(await text(page, 'cost-per-100')).toBe(formatCostPerDistance(r.per100Km));
    expect(await text(page, 'cost-saving')).toBe(formatYearlyMoney(r.comparison!.savingPerYear));
    await close();
  });
  it('trip', async () => {
    const { page, close } = await open(
      browserOf(),
      '/trip?model=cooper-se-j01&distance=800&speed=120&spacing=50&kw=150',
    );
    // Only what the address holds; everything else is core's default.
    const p = planTrip(vehicleModel(getVehicle('cooper-se-j01')), {
      distanceKm: 800,
      speedKmh: 120,
      chargerKW: 150,
      chargerSpacingKm: 50,
    });
    if (!p.feasible) throw new Error(p.reason);
    expect(await text(page, 'trip-total')).toBe(formatDuration(p.totalMinutes));
    // Driving, charging, stops and arrival in core's one line, as the terminal app and the CLI word them.
    expect(await text(page, 'trip-summary')).toBe(tripSummary(p).text);
    // Each stop in the plan says why it is there, in core's words.
    const whys = tripSteps(p)
      .filter((s) => s.kind === 'charge')
      .map((s) => s.why);
    await expect.poll(() => page.locator('ol.plan .why').allInnerTexts()).toEqual(whys);
    // On a phone, no line ends in a number with its unit on the next: each pair is kept whole.
    await page.setViewportSize({ width: 360, height: 800 });
    const pairs = await page
      .locator('ol.plan .nw')
      .evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length] as const));
    expect(pairs.map(([t]) => t)).toContain(`${formatPercent(p.stops[0]!.arrivalSocPct, { digits: 1 })}`);
    for (const [t, lines] of pairs) expect(lines, String(t)).toBe(1);
    await close();
  });
  it('an impossible trip says why', async () => {
    const { page, close } = await open(
      browserOf(),
      '/trip?model=cooper-se-f56&distance=500&spacing=300&temp=-10',
    );
    expect(await text(page, 'trip-problem')).toMatch(/^Not possible: .*300 km/);
    await close();
    // In imperial the reason is in miles, mph and °F too: core's words for the reader's units.
    const imperial = await open(
      browserOf(),
      '/trip?model=cooper-se-f56&distance=500&spacing=300&temp=-10&units=imperial',
    );
    const plan = planTrip(vehicleModel(getVehicle('cooper-se-f56')), {
      distanceKm: 500,
      chargerSpacingKm: 300,
      tempC: -10,
    });
    if (plan.feasible) throw new Error('expected an impossible trip');
    await expect
      .poll(() => text(imperial.page, 'trip-problem'))
      .toBe(tripNotPossible(plan, { system: 'imperial' }));
    expect(await text(imperial.page, 'trip-problem')).toMatch(/186 mi/);
    await imperial.close();
  });
  it('the quick answer on the home page', async () => {
    const { page, close } = await open(browserOf(), '/');
    const m = vehicleModel(getVehicle('cooper-se-j01'));
    expect(await text(page, 'qa-range')).toBe(
      formatDistance(steadySpeedRange(m, { speedKmh: 110, tempC: 0, fromPct: 100, toPct: 10 }).rangeKm),
    );
    expect(await text(page, 'qa-charge')).toBe(
      formatDuration(chargeSession(m, { fromPct: 10, toPct: 80 }).minutes),
    );
    await close();
  });
});

describe('calculators arrive with the result for their defaults and load core on demand', () => {
  const j01 = () => vehicleModel(getVehicle('cooper-se-j01'));
  const trip = (distanceKm?: number) => {
    // Core's defaults (the trip contract's) with another distance: the site restates none of them.
    const p = planTrip(j01(), distanceKm === undefined ? {} : { distanceKm });
    if (!p.feasible) throw new Error(p.reason);
    return formatDuration(p.totalMinutes);
  };
  // Each calculator: the result it shows (as core computes it) before and after one field is edited.
  const CASES = [
    {
      path: '/trip',
      testId: 'trip-total',
      field: /^Distance/,
      typed: '900',
      shows: (edited: boolean) => trip(edited ? 900 : undefined),
    },
    {
      path: '/charging',
      testId: 'charge-result',
      field: /^To/,
      typed: '90',
      shows: (edited: boolean) => formatDuration(chargeSession(j01(), edited ? { toPct: 90 } : {}).minutes),
    },
    {
      path: '/range',
      testId: 'range-result',
      field: /^Speed/,
      typed: '130',
      shows: (edited: boolean) =>
        formatDistance(steadySpeedRange(j01(), edited ? { speedKmh: 130 } : {}).rangeKm),
    },
    {
      path: '/cost',
      testId: 'cost-per-year',
      field: /^Distance a year/,
      typed: '20000',
      shows: (edited: boolean) =>
        formatYearlyMoney(runningCost(j01(), edited ? { yearlyKm: 20000 } : {}).perYear),
    },
  ];
  it.each(CASES)('$path', async ({ path, testId, field, typed, shows }) => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
    });
    // Whether a script holding the data set (any source's publisher) has arrived, i.e. core is loaded.
    const coreLoaded = async () => (await Promise.all(scripts)).some((js) => js.includes('Electrek'));
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(await text(page, testId)).toBe(shows(false));
    expect(scripts.length).toBeGreaterThan(3);
    expect(await coreLoaded()).toBe(false);
    await page.getByLabel(field).fill(typed);
    await expect.poll(() => text(page, testId)).toBe(shows(true));
    await expect.poll(coreLoaded).toBe(true);
    expect(page.url()).toContain(`=${typed}`);
    await context.close();
  });
});

describe('state in the URL', () => {
  it('typing updates the URL, and a reload keeps it', async () => {
    const { page, close } = await open(browserOf(), '/range?model=cooper-se-j01');
    await page.getByLabel(/^Speed \(/).fill('90');
    await page.waitForURL(/speed=90/);
    const before = await text(page, 'range-result');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByLabel(/^Speed \(/).inputValue()).toBe('90');
    expect(await text(page, 'range-result')).toBe(before);
    await close();
  });
  it('the back button returns to the previous car', async () => {
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-j01');
    await page.getByLabel('Car', { exact: true }).selectOption('cooper-se-f56');
    await page.waitForURL(/model=cooper-se-f56/);
    await page.goBack();
    await page.waitForURL(/model=cooper-se-j01/);
    expect(await page.getByLabel('Car', { exact: true }).inputValue()).toBe('cooper-se-j01');
    await close();
  });
  it('compare is a shareable link', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=cooper-e-j01,cooper-se-j01');
    const table = page.getByTestId('compare-table');
    await expect.poll(() => table.locator('tr.differs').count()).toBeGreaterThan(3);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Figure',
      'MINI Cooper E (J01)',
      'MINI Cooper SE (J01)',
    ]);
    await close();
  });
  it('compare shows core’s comparison, in the reader’s units', async () => {
    const cars = [getVehicle('cooper-se-f56'), getVehicle('aceman-se')];
    for (const system of ['metric', 'imperial'] as const) {
      const context = await browserOf().newContext();
      await context.addInitScript((u) => localStorage.setItem('mini-ev-units', u), system);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/compare?models=cooper-se-f56,aceman-se`, { waitUntil: 'networkidle' });
      const table = page.getByTestId('compare-table');
      await table.waitFor();
      const shown = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          cells: [...tr.querySelectorAll('td')].map((td) =>
            (td as HTMLElement).innerText.replace(/\s*(disputed|unverified)$/, ''),
          ),
          differs: tr.classList.contains('differs'),
        })),
      );
      const rows = compareRows(cars, { system });
      expect(shown.map((r) => r.cells)).toEqual(
        rows.map((r) => r.values.map((v, i) => (r.figures[i] ? v : 'not published'))),
      );
      expect(shown.map((r) => r.differs)).toEqual(rows.map((r) => r.differs));
      await context.close();
    }
  });
});

describe('compare answers the buyer’s questions', () => {
  it('computed rows are core’s answers for the cars and market in the link, best marked, in either system', async () => {
    const ids = ['cooper-se-f56', 'cooper-se-j01', 'aceman-se'];
    const uk = getMarket('uk');
    for (const system of ['metric', 'imperial'] as const) {
      const { page, errors, close } = await open(
        browserOf(),
        `/compare?models=${ids.join(',')}&market=uk&units=${system}`,
      );
      const table = page.getByTestId('answers-table');
      await table.waitFor();
      const shown = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          label: (tr.querySelector('th') as HTMLElement).innerText.trim(),
          cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()),
        })),
      );
      const rows = compareAnswers(ids.map((id) => answerRows(getVehicle(id), { system, market: uk })));
      expect(shown.map((r) => r.label)).toEqual(rows.map((r) => r.label));
      expect(shown.map((r) => r.cells)).toEqual(
        rows.map((r) => r.values.map((v, i) => (r.best.includes(i) ? `${v} best` : v))),
      );
      // The rows a buyer asked for are all there, and money is in pounds.
      for (const key of ['range-city-cold', 'consumption-130', 'dc-10-80', 'ac-full', 'cost-year'])
        expect(rows.some((r) => r.key === key)).toBe(true);
      expect(shown.find((r) => r.label.startsWith('Running cost'))?.cells[0]).toMatch(/^£/);
      expect(await page.getByLabel('Market').inputValue()).toBe('uk');
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('choosing a market reprices the cost and puts the market in the address; an unknown one is named', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=cooper-se-f56,cooper-se-j01');
    // The F56's cost cell: its value, then "best" when it is the cheapest.
    const cost = async () =>
      (await page.locator('[data-key="cost-year"] td').first().innerText()).replace(/ best$/, '');
    const none = answerRows(getVehicle('cooper-se-f56')).find((r) => r.key === 'cost-year')!.value;
    await expect.poll(cost).toBe(none);
    await page.getByLabel('Market').selectOption('de');
    await expect.poll(() => page.url()).toContain('market=de');
    const de = answerRows(getVehicle('cooper-se-f56'), { market: getMarket('de') });
    await expect.poll(cost).toBe(de.find((r) => r.key === 'cost-year')!.value);
    await close();
    const bad = await open(browserOf(), '/compare?models=cooper-se-f56,cooper-se-j01&market=xx');
    await expect.poll(() => marketRefusals(bad.page, 'xx')).toBe(1);
    expect(await bad.page.getByLabel('Market').getAttribute('aria-invalid')).toBe('true');
    await bad.close();
  });

  it('adding a car with the keyboard: arrow keys only choose, Add adds, and focus stays in the form', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=cooper-se-f56,cooper-se-j01');
    await page.getByTestId('answers-table').waitFor();
    const add = page.getByLabel('Add a car');
    await add.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    // Nothing was added by moving through the menu.
    expect(new URL(page.url()).searchParams.get('models')).toBe('cooper-se-f56,cooper-se-j01');
    expect(await page.getByTestId('answers-table').locator('thead th').count()).toBe(3);
    const chosen = await add.inputValue();
    expect(chosen).not.toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('models'))
      .toBe(`cooper-se-f56,cooper-se-j01,${chosen}`);
    // The fourth car: the add control goes, and focus moves to the car just added, not to the page.
    await add.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByTestId('answers-table').locator('thead th').count()).toBe(5);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()))
      .toBe('select');
    expect(await page.getByLabel('Add a car').count()).toBe(0);
    await close();
  });
});

describe('navigation', () => {
  it.each(['/', '/trip'])('%s paints before the framework runs, then hydrates', async (path) => {
    const context = await browserOf().newContext();
    // When each framework chunk is put into the page to run (the loader adds them as <script> elements).
    await context.addInitScript(() => {
      const w = window as unknown as { chunksAddedAt: number[] };
      w.chunksAddedAt = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (
              n instanceof HTMLScriptElement &&
              !n.noModule &&
              /\/_next\/static\/chunks\/.+\.js$/.test(n.src)
            )
              w.chunksAddedAt.push(performance.now());
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    const close = () => context.close();
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      added: (window as unknown as { chunksAddedAt: number[] }).chunksAddedAt,
      // Downloads start from <head> (preloads), before the first paint.
      fetched: performance
        .getEntriesByType('resource')
        .filter((e) => /\/_next\/static\/chunks\/.+\.js$/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.added.length).toBeGreaterThan(3);
    expect(Math.min(...timing.added)).toBeGreaterThanOrEqual(timing.fcp!);
    expect(timing.fetched.length).toBeGreaterThan(3);
    // hydrated: the units toggle (a client component) responds and remembers the choice
    await page.getByRole('button', { name: /mi \(imperial\)/ }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('mini-ev-units'))).toBe('imperial');
    expect(errors).toEqual([]);
    await close();
  });
  it('fetches another page only when the reader shows intent, then moves without a reload', async () => {
    const { page, close } = await open(browserOf(), '/');
    // Every request since the page started, including any made before the test could listen.
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('_rsc='))
          .map((e) => new URL(e.name).pathname),
      );
    await page.waitForTimeout(500);
    expect(await fetched()).toEqual([]);
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' });
    await link.hover();
    await expect.poll(async () => (await fetched()).some((p) => p.startsWith('/history'))).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    await link.click();
    await page.waitForURL(/\/history$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/History/i);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await close();
  });
});

describe('units', () => {
  it('a saved imperial choice shows on static pages before any framework code runs', async () => {
    const context = await browserOf().newContext();
    await context.addInitScript(() => localStorage.setItem('mini-ev-units', 'imperial'));
    const page = await context.newPage();
    await page.route('**/_next/static/chunks/*.js', (r) => r.abort()); // no React, no router
    await page.goto(`${baseUrl()}/models/cooper-se-j01`);
    expect(await page.locator('tr[data-key="WLTP-range"] td .fig > button').innerText()).toBe(
      j01WltpImperial(),
    );
    expect(await page.getByTestId('scenario-table').innerText()).not.toMatch(/ km\b/);
    await page.goto(`${baseUrl()}/`);
    expect(await page.getByTestId('qa-range').innerText()).toMatch(/ mi$/);
    await context.close();
  });
  it('units in the address open a shared link as sent, before any framework code runs, and are remembered', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    await page.route('**/_next/static/chunks/*.js', (r) => r.abort()); // no React, no router
    await page.goto(`${baseUrl()}/models/cooper-se-j01?units=imperial`);
    expect(await page.locator('tr[data-key="WLTP-range"] td .fig > button').innerText()).toBe(
      j01WltpImperial(),
    );
    // The units toggle shows "mi" chosen, not the prerendered "km".
    const weight = (s: string) =>
      page.locator(`.seg button[data-system="${s}"]`).evaluate((b) => getComputedStyle(b).fontWeight);
    expect([await weight('imperial'), await weight('metric')]).toEqual(['650', '400']);
    await page.unroute('**/_next/static/chunks/*.js');
    // Remembered: the next page, with nothing in its address, opens in imperial too.
    await page.goto(`${baseUrl()}/models/cooper-se-j01`);
    expect(await page.locator('tr[data-key="WLTP-range"] td .fig > button').innerText()).toBe(
      j01WltpImperial(),
    );
    // And the address wins over what was remembered.
    await page.goto(`${baseUrl()}/models/cooper-se-j01?units=metric`);
    expect(await page.locator('tr[data-key="WLTP-range"] td .fig > button').innerText()).toMatch(/ km$/);
    await context.close();
  });
  it('choosing a system writes it into the address, keeping the calculator’s inputs', async () => {
    const { page, close } = await open(browserOf(), '/range?model=cooper-se-j01&speed=100');
    await page.getByRole('button', { name: /mi \(imperial\)/ }).click();
    await expect.poll(() => page.url()).toContain('units=imperial');
    expect(page.url()).toContain('speed=100');
    await close();
  });
  it('the toggle switches to imperial and is remembered across pages', async () => {
    const { page, close } = await open(browserOf(), '/range?model=cooper-se-j01&speed=100');
    const km = await text(page, 'range-result');
    await page.getByRole('button', { name: /mi \(imperial\)/ }).click();
    const mi = await text(page, 'range-result');
    expect(mi).toMatch(/ mi$/);
    expect(Number(mi!.replace(/\D/g, ''))).toBeCloseTo(Number(km!.replace(/\D/g, '')) / 1.609344, -1);
    await page.goto(page.url().replace(/\/range.*/, '/models/cooper-se-j01'), { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('tr[data-key="WLTP-range"] td .fig > button').innerText())
      .toBe(j01WltpImperial());
    // The static pages follow the toggle too: the line-up on the home page and the models table.
    await page.goto(page.url().replace(/\/models\/.*/, '/'), { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.getByRole('heading', { name: 'The line-up' }).locator('..').innerText())
      .toMatch(/250 mi/);
    await page.goto(page.url().replace(/\/$/, '/models'), { waitUntil: 'networkidle' });
    const j01 = vehicleSummary(getVehicle('cooper-se-j01'));
    const row = page.getByRole('row', { name: /Cooper SE \(J01\)/ });
    await expect
      .poll(() => row.innerText())
      .toContain(formatDistance(j01.wltpRangeKm!, { system: 'imperial' }));
    expect(await row.innerText()).toContain(formatPower(j01.powerKW!, { system: 'imperial' }));
    await close();
  });
});

describe('the contract speaks through the page', () => {
  it('break-even is only mentioned when a price difference is given', async () => {
    const plain = await open(browserOf(), '/cost');
    await expect.poll(() => text(plain.page, 'cost-saving')).toMatch(/\d/);
    // The sentence that holds the saving (the page's description mentions break-even in general).
    const sentence = (pg: typeof plain.page) => pg.getByTestId('cost-saving').locator('xpath=..').innerText();
    expect(await sentence(plain.page)).toMatch(/a year\.$/);
    expect(await sentence(plain.page)).not.toMatch(/repaid/);
    await plain.close();
    const m = vehicleModel(getVehicle('cooper-se-j01'));
    const years = runningCost(m, { priceDifference: 3000 }).comparison.breakEvenYears!;
    const withDiff = await open(browserOf(), '/cost?diff=3000');
    await expect.poll(() => sentence(withDiff.page)).toContain(`repaid in ${years.toFixed(1)} years`);
    // Core's sentence word for word, as the CLI and the terminal app print it.
    expect(await sentence(withDiff.page)).toContain(
      costSummary(runningCost(m, { priceDifference: 3000 })).text,
    );
    await withDiff.close();
  });
  it('a speed above the top speed is computed at the top speed, and the page says so', async () => {
    const { page, close } = await open(browserOf(), '/range?model=cooper-se-f56&speed=170');
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    await expect
      .poll(() => text(page, 'range-result'))
      .toBe(formatDistance(steadySpeedRange(m, { speedKmh: 150 }).rangeKm));
    expect(await text(page, 'limited-note')).toBe(
      'Speed 170 km/h is above the car’s top speed: calculated at 150 km/h.',
    );
    await close();
  });
  it('every calculator says what its answer rests on: the car’s flags beside the answer, the rest folded, all core’s', async () => {
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    const notes = assumptionNotes(m, m.assumptions);
    expect(notes.flags.length).toBe(1);
    for (const path of ['/range', '/charging', '/cost', '/trip']) {
      const { page, close } = await open(browserOf(), `${path}?model=cooper-se-f56`);
      await expect.poll(() => page.getByTestId('model-flag').allInnerTexts()).toEqual(notes.flags);
      const rests = page.getByTestId('rests-on');
      expect(await rests.locator('summary').innerText(), path).toBe(notes.heading);
      // Folded until asked for; every assumption is there, in core's words.
      expect(await rests.locator('li').first().isVisible(), path).toBe(false);
      expect(await rests.locator('li').allTextContents(), path).toEqual(notes.others);
      await rests.locator('summary').click();
      expect(await rests.locator('li').first().isVisible(), path).toBe(true);
      await close();
    }
    // The car's page keeps the flag in view above the model's other assumptions.
    const page = await open(browserOf(), '/models/cooper-se-f56');
    const shownFlags = () => page.page.locator('[data-testid="model-flag"]:visible').allInnerTexts();
    expect(await shownFlags()).toEqual(notes.flags);
    expect(await page.page.getByRole('heading', { name: notes.carHeading }).count()).toBe(1);
    await page.close();
    // In imperial, both the calculator and the car's page say them in miles and pounds: core's words.
    const imperial = assumptionNotes(m, m.assumptions, { system: 'imperial' });
    expect(imperial.others.join(' ')).toMatch(/WLTP span 140–145 mi/);
    const calc = await open(browserOf(), '/range?model=cooper-se-f56&units=imperial');
    await expect.poll(() => calc.page.getByTestId('model-flag').allInnerTexts()).toEqual(imperial.flags);
    expect(await calc.page.getByTestId('rests-on').locator('li').allTextContents()).toEqual(imperial.others);
    await calc.close();
    const car = await open(browserOf(), '/models/cooper-se-f56?units=imperial');
    await expect
      .poll(() => car.page.locator('[data-testid="model-flag"]:visible').allInnerTexts())
      .toEqual(imperial.flags);
    await car.close();
    const j01 = await open(browserOf(), '/range?model=cooper-se-j01');
    await expect.poll(() => j01.page.getByTestId('rests-on').count()).toBe(1);
    expect(await j01.page.getByTestId('model-flag').count()).toBe(0);
    await j01.close();
  });
  it('choices and labels are the contract’s', async () => {
    const { page, close } = await open(browserOf(), '/range');
    const options = await page.locator('#mode option').allInnerTexts();
    expect(options).toEqual(
      (RANGE_CONTRACT.fields.find((f) => f.key === 'mode') as ChoiceField).choices.map((c) => c.label),
    );
    expect(await page.getByLabel('Heating and air conditioning').count()).toBe(1);
    await close();
  });
});

describe('bad input', () => {
  it('garbage in the URL shows a message at the field, the rest keeps working', async () => {
    const { page, errors, close } = await open(browserOf(), '/charging?from=abc&to=80');
    await expect.poll(() => page.getByText('From: "abc" is not valid; expected a number.').count()).toBe(1);
    expect(await page.getByLabel(/^From \(/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/^From \(/).fill('20');
    await expect.poll(() => text(page, 'charge-result')).toMatch(/min/);
    expect(errors).toEqual([]);
    await close();
  });
  it('out of range is named with the allowed range', async () => {
    const { page, close } = await open(browserOf(), '/range?speed=400');
    await expect
      .poll(() => page.locator('.field .err').first().textContent())
      .toMatch(/^Speed: 400 km\/h is out of range; allowed 5 to 250 km\/h\.$/);
    await close();
  });
  it('a rule between fields marks every field involved, in the labels’ words', async () => {
    const { page, errors, close } = await open(browserOf(), '/charging?from=90&to=50');
    const message = 'To must be above From (got To 50 %, From 90 %).';
    await expect.poll(() => page.locator('.field .err', { hasText: message }).count()).toBe(2);
    expect(await page.getByLabel(/^From \(/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^To \(/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field .err').allTextContents()).not.toContainEqual(
      expect.stringMatching(/Pct/),
    );
    await page.getByLabel(/^To \(/).fill('95');
    await expect.poll(() => text(page, 'charge-result')).toMatch(/min/);
    expect(await page.locator('[aria-invalid=true]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
  it('a limit that depends on another input (a wall box on AC) marks its field', async () => {
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-f56&ac=1&kw=50');
    await expect
      .poll(() => page.locator('.field .err').first().textContent())
      .toBe('Charger power: 50 kW is out of range; allowed 1.4 to 22 kW.');
    expect(await page.getByLabel(/^Charger power/).getAttribute('aria-invalid')).toBe('true');
    await close();
  });
  it('an unknown model in a calculator falls back and says so', async () => {
    const { page, close } = await open(browserOf(), '/trip?model=cooper-xx');
    await expect.poll(() => page.getByText(/Unknown model “cooper-xx”/).count()).toBe(1);
    expect(await text(page, 'trip-total')).toMatch(/h|min/);
    await close();
  });
  it('a concept car in a calculator is explained with core’s reason, not called unknown', async () => {
    const { page, close } = await open(browserOf(), '/range?model=rocketman-concept');
    const reason = notCalculableReason(getVehicle('rocketman-concept'))!;
    await expect.poll(() => page.getByText(`Rocketman concept is ${reason}`).count()).toBe(1);
    expect(await page.getByText(/Unknown model/).count()).toBe(0);
    await close();
  });
  it('a concept car’s page says why nothing is calculated for it, in core’s sentence', async () => {
    const { page, close } = await open(browserOf(), '/models/rocketman-concept');
    expect(await text(page, 'not-calculable')).toBe(notCalculableNotice(getVehicle('rocketman-concept')));
    await close();
  });
  it('unknown models in compare are named with a suggestion', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=cooper-se,cooper-se-j01,aceman-e');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Unknown model: “cooper-se”\. Did you mean/);
    await close();
  });
  it('an unknown model like no car gets no suggestion, and another’s suggestion stands alone', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=nope,cooper-se,cooper-se-j01,aceman-e');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('Unknown models: “nope”, “cooper-se”. Did you mean cooper-se-f56?');
    await close();
  });
  it('unknown routes get a helpful 404', async () => {
    const { page, status, close } = await open(browserOf(), '/models/not-a-car');
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found · mini-ev');
    expect(await page.getByRole('link', { name: 'All models' }).count()).toBe(1);
    await close();
  });
  it('a value given twice in the address is refused at its field, not silently read as the first', async () => {
    const { page, errors, close } = await open(browserOf(), '/range?model=cooper-se-j01&speed=100&speed=130');
    await expect
      .poll(() => page.locator('.field .err').first().textContent())
      .toBe('Speed: the address gives it 2 times (100, 130); keep one.');
    expect(await page.getByLabel(/^Speed \(/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/^Speed \(/).fill('120');
    await expect.poll(() => page.locator('[aria-invalid=true]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
  it('printed, a page drops the navigation and the toggles and keeps light colours', async () => {
    const { page, close } = await open(browserOf(), '/models/cooper-se-j01', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('header.site .toggles').isVisible()).toBe(false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await close();
  });
  it('the home page’s line-up says each car’s own rating and a ceiling as one: core’s cells', async () => {
    const { page, close } = await open(browserOf(), '/');
    const card = (name: string) => page.locator('article.card', { hasText: name }).locator('.kpis');
    // The 2008 MINI E has no test cycle, only MINI's launch claim, and its usable energy only a ceiling.
    const e = headlineRange(getVehicle('mini-e-2008'))!;
    expect(e.rating).toBe('maker’s claim');
    const eText = await card('MINI E (2008 field trial)').innerText();
    expect(eText).toContain(`${e.value}\n${e.rating}`);
    expect(eText).toContain(lineupCells(getVehicle('mini-e-2008')).usableKWh);
    expect(eText).toMatch(/^under /m);
    // The Ora R1's two Chinese NEDC-based ratings as a span.
    const ora = headlineRange(getVehicle('ora-r1'))!;
    expect(await card('Great Wall Ora R1').innerText()).toContain(`${ora.value}\n${ora.rating}`);
    await close();
  });
  it('the models table sorts by any column, and says on a phone that it scrolls', async () => {
    const { page, close } = await open(browserOf(), '/models');
    // Headed by core's line-up columns, as the terminal app and `mini-ev models` head theirs.
    const heads = await page.locator('thead th').allInnerTexts();
    // Letters and figures only: a sort arrow goes, and so do a label's brackets ("(best trim)").
    const bare = (h: string) => h.replace(/[^\p{L}\p{N} ]/gu, '').trim();
    expect(heads.map(bare)).toEqual(LINEUP_COLUMNS.map((c) => bare(c.label)));
    const firstCar = () => page.locator('tbody tr th').first().innerText();
    const longest = [...dataSet.vehicles]
      .map(vehicleSummary)
      .filter((v) => v.wltpRangeKm !== undefined)
      .sort((a, b) => b.wltpRangeKm! - a.wltpRangeKm!)[0]!;
    await page.getByRole('button', { name: /^WLTP range/ }).click();
    await expect.poll(firstCar).toBe(longest.name);
    expect(await page.locator('th[aria-sort=descending]').innerText()).toMatch(/WLTP range/);
    await page.getByRole('button', { name: /^WLTP range/ }).click();
    expect(await page.locator('th[aria-sort=ascending]').innerText()).toMatch(/WLTP range/);
    await close();
    const phone = await open(browserOf(), '/models', { width: 390 });
    expect(await phone.page.locator('.scroll-cue').isVisible()).toBe(true);
    await phone.close();
  });
  it('serves a favicon, an apple-touch-icon and robots.txt', async () => {
    const { page, close } = await open(browserOf(), '/');
    for (const path of ['/favicon.ico', '/robots.txt']) {
      const r = await page.request.get(`${baseUrl()}${path}`);
      expect(r.status(), path).toBe(200);
    }
    expect(await page.request.get(`${baseUrl()}/robots.txt`).then((r) => r.text())).toMatch(/Allow: \//);
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(apple).toBeTruthy();
    expect((await page.request.get(`${baseUrl()}${apple!.split('?')[0]}`)).status()).toBe(200);
    await close();
  });
  it('every page travels well: canonical link, Open Graph and Twitter tags, and its own share image', async () => {
    const { page, close } = await open(browserOf(), '/');
    const images = new Set<string>();
    for (const path of SITEMAP_PATHS) {
      await page.goto(`${baseUrl()}${path}`);
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      // Compared as URLs: Next writes the home page's address without its trailing slash.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).href, path).toBe(new URL(path, SITE_URL).href);
      expect(await meta('og:title'), path).toBe(await page.title());
      expect(await meta('og:description'), path).toBe(
        await page.locator('meta[name="description"]').getAttribute('content'),
      );
      expect(new URL((await meta('og:url'))!).href, path).toBe(new URL(path, SITE_URL).href);
      expect(await meta('twitter:card'), path).toBe('summary_large_image');
      const image = new URL((await meta('og:image'))!);
      expect(image.origin, path).toBe(SITE_URL.origin);
      images.add(image.pathname);
      expect(await meta('og:image:width')).toBe('1200');
    }
    // Each page has its own image, drawn at build time: a 1200 × 630 PNG served as one.
    expect(images.size).toBe(SITEMAP_PATHS.length);
    for (const path of images) {
      const r = await page.request.get(`${baseUrl()}${path}`);
      expect(r.status(), path).toBe(200);
      expect(r.headers()['content-type'], path).toBe('image/png');
      const png = await r.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    await close();
  });
  it('robots.txt names the sitemap, and the sitemap lists every section and every car, each of which exists', async () => {
    const { page, close } = await open(browserOf(), '/');
    const robots = await page.request.get(`${baseUrl()}/robots.txt`).then((r) => r.text());
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', SITE_URL).href}`);
    const xml = await page.request.get(`${baseUrl()}/sitemap.xml`).then((r) => r.text());
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(urls.map((u) => u.pathname).sort()).toEqual(
      [
        '/',
        '/models',
        '/compare',
        '/range',
        '/charging',
        '/cost',
        '/trip',
        '/history',
        '/factory',
        '/sources',
        '/accuracy',
        '/data',
        ...vehicleIds.map((id) => `/models/${id}`),
      ].sort(),
    );
    for (const u of urls)
      expect((await page.request.get(`${baseUrl()}${u.pathname}`)).status(), u.pathname).toBe(200);
    await close();
  });
  it('on a phone the header is two rows: the sections scroll sideways, the current one in view', async () => {
    const { page, close } = await open(browserOf(), '/accuracy', { width: 390 });
    const header = await page.locator('header.site').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(100);
    const nav = page.locator('header.site nav');
    expect(await nav.evaluate((n) => n.scrollWidth > n.clientWidth)).toBe(true);
    // The last section, the current page, is scrolled into view.
    await expect
      .poll(async () => {
        const a = await page.locator('nav a[aria-current="page"]').boundingBox();
        return a !== null && a.x >= 0 && a.x + a.width <= 390;
      })
      .toBe(true);
    await close();
  });
  it('a concept’s heading does not say “concept” twice', async () => {
    const { page, close } = await open(browserOf(), '/models/rocketman-concept');
    expect(await page.locator('h1').innerText()).not.toMatch(/concept\s+concept/i);
    await close();
  });
  it('a near-miss car address suggests the car it was meant to be', async () => {
    const { page, status, close } = await open(browserOf(), '/models/coper-se-j01');
    expect(status).toBe(404);
    await expect
      .poll(() => page.getByTestId('did-you-mean').textContent())
      .toMatch(/^Did you mean cooper-se-j01/);
    expect(await page.getByTestId('did-you-mean').getByRole('link').first().getAttribute('href')).toBe(
      '/models/cooper-se-j01',
    );
    await close();
  });
  it('in imperial the running cost speaks one system: per 100 mi, mi/kWh, mpg', async () => {
    const { page, close } = await open(browserOf(), '/cost?model=cooper-e-j01&units=imperial');
    await expect.poll(() => text(page, 'cost-per-100')).toMatch(/per 100 mi$/);
    const answer = await page.getByTestId('cost-per-100').locator('xpath=..').innerText();
    expect(answer).toMatch(/mi\/kWh/);
    expect(answer).not.toMatch(/\bkm\b/);
    await close();
  });
  it('in imperial the range breakdown is per 100 miles, core’s table, so its parts add up in the reader’s distance', async () => {
    const b = computeRange(vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 130, tempC: -10 })
      .breakdown!;
    const t = formatBreakdown(b, { system: 'imperial' });
    const { page, close } = await open(
      browserOf(),
      '/range?model=cooper-se-j01&speed=130&temp=-10&units=imperial',
    );
    const table = page.locator('table', { hasText: t.title });
    await expect
      .poll(() => table.locator('caption').textContent())
      .toBe(`${t.title} (kWh/100 mi at the battery)`);
    expect(await table.locator('td').allTextContents()).toEqual(t.rows.map((r) => r.value));
    await close();
  });
  it('a field’s help holds its figures in the reader’s units, from core, and follows the units toggle', async () => {
    const hint = (system: 'metric' | 'imperial') =>
      fieldHelp(fieldOf(CHARGE_CONTRACT, 'batteryTempC'), system);
    expect(hint('imperial')).not.toBe(hint('metric'));
    const { page, close } = await open(browserOf(), '/charging?units=imperial');
    await expect.poll(() => page.getByText(hint('imperial')).isVisible()).toBe(true);
    expect(await page.getByText(hint('metric')).isVisible()).toBe(false);
    await page.getByRole('button', { name: /km \(metric\)/ }).click();
    await expect.poll(() => page.getByText(hint('metric')).isVisible()).toBe(true);
    expect(await page.getByText(hint('imperial')).isVisible()).toBe(false);
    await close();
  });
  it('a source card opens on Enter or a tap, stays inside a phone’s screen, closes on Escape or a tap outside; one Tab stop per figure', async () => {
    const { page, close } = await open(browserOf(), '/compare?models=cooper-se-f56,cooper-se-j01,aceman-se', {
      width: 390,
    });
    await page.getByTestId('compare-table').waitFor();
    // The right-hand car's battery: its card would run off the screen if placed under the figure.
    const cell = page.locator('[data-testid="compare-table"] tbody tr').first().locator('td').last();
    const button = cell.locator('.fig > button');
    const card = cell.locator('.pop');
    await button.focus();
    expect(await card.isVisible()).toBe(false); // focus alone does not open it
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible()).toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await card.innerText()).toMatch(/Source:/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // A tap opens it; a tap elsewhere closes it.
    await button.click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => card.isVisible()).toBe(false);
    // One Tab from a figure reaches the next figure: the card's link is not in the way while it is closed.
    const row = page.locator('[data-testid="compare-table"] tbody tr').first();
    await row.locator('td').nth(0).locator('.fig > button').focus();
    await page.keyboard.press('Tab');
    expect(
      await row
        .locator('td')
        .nth(1)
        .locator('.fig > button')
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await close();
  });
  it('a car page marks a figure its page does not state, and dates a price', async () => {
    // The Aceman SE's 10–80 % DC time is not in the part of EDISON's page the copies hold.
    const quoted = getVehicle('aceman-se').charging!.manufacturerTimes[0]!;
    expect(quoted.minutes.unverified).toBeTruthy();
    const aceman = await open(browserOf(), '/models/aceman-se');
    const time = aceman.page.locator('tr[data-key="time-dc-10-80"]');
    expect(await time.innerText()).toMatch(/unverified/);
    await time.locator('.fig > button').first().click();
    expect(await time.locator('.pop').innerText()).toMatch(/Not verified:/);
    await aceman.close();
    // A figure its page states carries no such mark (the F56's length, from Wikipedia's article).
    const { page, close } = await open(browserOf(), '/models/cooper-se-f56');
    expect(await page.locator('tr[data-key="lengthMm"]').innerText()).not.toMatch(/unverified/);
    const price = page.locator('tr[data-key="price-uk-after-grant"]');
    await price.locator('.fig > button').first().click();
    expect(await price.locator('.pop').innerText()).toMatch(/As of: 2019-07/);
    await close();
    // A rating's own note shows with each figure of the rating, as core words it (the Ora R1's batteries).
    const ora = await open(browserOf(), '/models/ora-r1');
    const rows = specRows(getVehicle('ora-r1')).filter((r) => /^variant-.*-NEDC-range$/.test(r.key));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      const row = ora.page.locator(`tr[data-key="${r.key}"]`);
      await row.locator('.fig > button').first().click();
      for (const n of r.notes) expect(await row.locator('.pop').innerText()).toContain(n);
    }
    await ora.close();
    // And on compare, in the Ora R1's cell.
    const cmp = await open(browserOf(), '/compare?models=cooper-se-f56,ora-r1');
    const row = cmp.page.locator(`tr:has(th:text-is("${rows[0]!.label}"))`);
    await row.locator('.fig > button').first().click();
    for (const n of rows[0]!.notes) expect(await row.locator('.pop').innerText()).toContain(n);
    await cmp.close();
  });
  it('a market prices the cost in its currency with its sourced prices, each dated, and the link carries it', async () => {
    const uk = getMarket('uk');
    const r = runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: uk });
    const money = marketFormat(uk);
    const { page, close } = await open(browserOf(), '/cost?model=cooper-e-j01&market=uk');
    await expect.poll(() => text(page, 'cost-per-year')).toBe(formatYearlyMoney(r.perYear, money));
    expect(await text(page, 'cost-per-year')).toMatch(/^£/);
    // The chart's name for a screen reader carries the same amounts as the text.
    expect(await page.locator('svg[aria-label^="Cost per year"]').getAttribute('aria-label')).toBe(
      `Cost per year: electric ${formatYearlyMoney(r.perYear, money)}, petrol ${formatYearlyMoney(r.comparison!.perYear, money)}`,
    );
    expect(await page.getByLabel('Home electricity').inputValue()).toBe(
      String(uk.prices.homeElectricity!.value),
    );
    const prices = await text(page, 'market-prices');
    expect(prices).toContain(uk.prices.homeElectricity!.asOf!);
    expect(prices).toMatch(/Zapmap/);
    // Each in core's words, as the CLI lists them.
    for (const n of marketPriceNotes(r, uk)) expect(prices).toContain(`${n.label}: ${n.said}`);
    // The chooser and the caption under the form are core's words for the market.
    expect(await page.getByLabel('Market').locator('option:checked').textContent()).toBe(marketHeading(uk));
    expect(await page.getByText(marketCaption(uk)).count()).toBe(1);
    // Choosing another market moves the address and the answer; none goes back to bare numbers.
    await page.getByLabel('Market').selectOption('de');
    await expect.poll(() => page.url()).toContain('market=de');
    // In the reader's number style with the market's currency, like every other figure on the page.
    const de = runningCost(vehicleModel(getVehicle('cooper-e-j01')), { market: getMarket('de') });
    await expect
      .poll(() => text(page, 'cost-per-year'))
      .toBe(formatYearlyMoney(de.perYear, marketFormat(getMarket('de'))));
    expect(await text(page, 'cost-per-year')).toMatch(/^€\d/);
    await page.getByLabel('Market').selectOption('');
    await expect.poll(() => page.url()).not.toContain('market=');
    await expect.poll(() => page.getByText(marketCaption()).count()).toBe(1);
    await close();
  });
  it('a market price the sources disagree on says so beside it, in core’s words', async () => {
    const us = getMarket('us');
    const r = runningCost(vehicleModel(getVehicle('countryman-e')), { market: us, fuel: 'diesel' });
    const diesel = marketPriceNotes(r, us).find((n) => n.field === 'pricePerLitre')!;
    expect(diesel.disputed).toBeDefined();
    const { page, close } = await open(browserOf(), '/cost?model=countryman-e&market=us&fuel=diesel');
    await expect.poll(() => text(page, 'market-price-dispute')).toBe(diesel.disputed);
    expect(await text(page, 'market-prices')).toContain(`${diesel.label}: ${diesel.said}`);
    // The fuel's name beside its cost is core's.
    expect(await page.getByText(`${costSummary(r).fuelName}:`).count()).toBeGreaterThan(0);
    // Petrol's price has no dispute, and nothing is marked.
    await page.getByLabel('Combustion car runs on').selectOption('petrol');
    await expect.poll(() => page.getByTestId('market-price-dispute').count()).toBe(0);
    await close();
  });
  it('in imperial, a British market’s fuel is in UK gallons and an American one’s in US gallons', async () => {
    const { page, close } = await open(browserOf(), '/cost?market=uk');
    await page.getByRole('button', { name: /mi \(imperial\)/ }).click();
    const label = (name: RegExp) => page.locator('label', { hasText: name }).first().innerText();
    await expect.poll(() => label(/^Fuel price/)).toContain('per UK gal');
    expect(await label(/consumption/)).toContain('mpg (UK)');
    // £1.42 a litre is £6.46 a UK gallon.
    expect(await page.getByLabel(/^Fuel price/).inputValue()).toBe('6.46');
    // The CO2 a year in pounds, as core writes a mass in imperial (and as the CLI gives it).
    await expect
      .poll(() => page.getByText(/^CO2: /).innerText())
      .toMatch(/^CO2: [\d,]+ lb a year from the grid against [\d,]+ lb from the exhaust\.$/);
    await page.getByLabel('Market').selectOption('us');
    await expect.poll(() => label(/^Fuel price/)).toContain('per US gal');
    await close();
  });
  it('a market with no sourced price asks for it next to the field; an unknown market is named', async () => {
    const cn = await open(browserOf(), '/cost?market=cn');
    await expect
      .poll(() => cn.page.getByText(/Public fast charging is needed: .*China/).count())
      .toBeGreaterThan(0);
    await cn.close();
    const bad = await open(browserOf(), '/cost?market=xx');
    await expect.poll(() => marketRefusals(bad.page, 'xx')).toBe(1);
    expect(await bad.page.getByTestId('cost-per-year').count()).toBe(0);
    await bad.close();
  });
  it('when the electric car costs more to run, it says so in plain words', async () => {
    const input = { homePricePerKWh: 0.8, publicPricePerKWh: 0.9, pricePerLitre: 0.6 };
    const r = runningCost(vehicleModel(getVehicle('cooper-se-j01')), input);
    expect(r.comparison.savingPerYear).toBeLessThan(0);
    const { page, close } = await open(
      browserOf(),
      '/cost?model=cooper-se-j01&home=0.8&public=0.9&fuelprice=0.6',
    );
    const sentence = () => page.getByTestId('cost-saving').locator('xpath=..').innerText();
    await expect
      .poll(sentence)
      .toContain(
        `The electric car costs ${formatYearlyMoney(-r.comparison.savingPerYear)} more a year to run`,
      );
    expect(await sentence()).not.toMatch(/-\d|save/);
    await close();
  });
  it('a car with no DC charging opens on AC, with core’s answer for its on-board charger', async () => {
    const { page, close } = await open(browserOf(), '/charging?model=mini-e-2008');
    await expect.poll(() => page.getByText('AC through the car’s on-board charger').count()).toBe(1);
    expect(await page.getByLabel(fieldOf(CHARGE_CONTRACT, 'ac').label).isChecked()).toBe(true);
    const r = chargeSession(vehicleModel(getVehicle('mini-e-2008')));
    expect(r.type).toBe('ac');
    expect(await page.getByTestId('charge-result').textContent()).toBe(formatDuration(r.minutes));
    await close();
  });
  it('a price per kWh gives the charge’s cost, core’s, with its interval; a bad price is refused at its field', async () => {
    const r = chargeSession(vehicleModel(getVehicle('cooper-se-j01')), {
      chargerKW: 50,
      pricePerKWh: 0.59,
    });
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-j01&kw=50&price=0.59');
    await expect.poll(() => text(page, 'charge-cost')).toBe(chargeSummary(r).cost!.text);
    expect(chargeSummary(r).cost!.text.startsWith(formatMoney(r.cost!))).toBe(true);
    expect(await page.getByLabel('Price per kWh').inputValue()).toBe('0.59');
    await close();
    const bad = await open(browserOf(), '/charging?price=-1');
    await expect.poll(() => bad.page.getByText(/Price per kWh/).count()).toBeGreaterThan(1);
    expect(await bad.page.getByLabel('Price per kWh').getAttribute('aria-invalid')).toBe('true');
    await bad.close();
  });
  it('the DC chart draws the charger as it charges this car: a “50 kW” unit’s current limit, not a flat 50 kW', async () => {
    const m = vehicleModel(getVehicle('cooper-se-f56'));
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-f56&kw=50');
    // The chart's title, axis and series are core's words for this session.
    const words = chargeChartWords({ curveKind: m.charging.curveKind, chargerKW: 50 }).power;
    expect(words.series).toEqual({
      limit: 'Car’s limit (generic curve)',
      charger: 'What a 50 kW charger gives',
    });
    const figure = page.locator('figure', { hasText: words.title });
    const head = figure.locator('thead th');
    await expect
      .poll(() => head.allTextContents())
      .toEqual([words.x, words.series.limit, words.series.charger]);
    const cells = await figure.locator('tbody tr td:nth-child(3)').allTextContents();
    const line = dcChargerPoints(m, 50);
    expect(cells.map(Number)).toEqual(line.map((p) => Math.round(p.kW)));
    expect(Math.max(...line.map((p) => p.kW))).toBeLessThan(50);
    await close();
  });
  it('charging on AC tells the AC story, without the DC curve', async () => {
    const { page, close } = await open(browserOf(), '/charging?model=cooper-se-j01&ac=1');
    await expect.poll(() => page.getByText('AC through the car’s on-board charger').count()).toBe(1);
    expect(await page.getByText(chargeChartWords({ curveKind: 'modelled' }).power.title).count()).toBe(0);
    // The charger field shows what core charges with on AC: the car's on-board charger, not the DC default.
    const used = chargeSession(vehicleModel(getVehicle('cooper-se-j01')), { ac: true }).chargerKW;
    expect(await page.getByLabel(/^Charger power/).inputValue()).toBe(String(used));
    expect(await page.getByText(/(measured|modelled) charging curve/).count()).toBe(0);
    await close();
  });
});
