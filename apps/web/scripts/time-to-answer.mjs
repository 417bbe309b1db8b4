// How long a shared calculator or compare link takes to show its right answer on a slow phone: Debian's
// Chromium with the CPU 6× slower, 150 ms round trips and 200 kB/s each way, nothing cached (a first
// visit). Measured twice: served by `pnpm start` (scripts/serve.mjs, which puts a calculator link's answer
// in the page) and by a plain static host (the early answer works it out in the browser). The clock runs from navigation start until the page shows the answer for the address (the
// layout's pending mark is cleared, which lib/pending.ts does only once that answer is on the page); for
// the range link the answer is also checked against core's. Prints the median of 3 runs per link and
// the goal (1.5 s). A measurement, not a test: it fails only if a page never shows its answer.
//   pnpm --filter @mini-ev/web time-to-answer        (after `pnpm build`)
import { fileURLToPath } from 'node:url';
import { computeRange, formatDistance, getVehicle, vehicleModel } from '@mini-ev/core';
import { chromium } from 'playwright-core';
import { listen, siteHandler, staticHandler } from './serve.mjs';

const GOAL_MS = 1500;
const RUNS = 3;
const out = fileURLToPath(new URL('../out', import.meta.url));

const j01 = vehicleModel(getVehicle('cooper-se-j01'));
const CASES = [
  {
    path: '/range?model=cooper-se-j01&speed=130&temp=-10',
    check: {
      testId: 'range-result',
      text: formatDistance(computeRange(j01, { speedKmh: 130, tempC: -10 }).rangeKm),
    },
  },
  { path: '/charging?model=cooper-se-f56&from=20&to=90&kw=50' },
  { path: '/cost?model=cooper-e-j01&market=uk' },
  { path: '/trip?model=aceman-se&distance=600' },
  { path: '/compare?models=aceman-e,aceman-se' },
];

// Both compressed: the site's server, and a static host as any serves the same files.
const HOSTS = [
  ['pnpm start (the site’s server)', siteHandler(out)],
  ['a static host', staticHandler(out)],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});

/** Records when the page stops being pending (its answer is on the page), from navigation start. */
const WATCH = () => {
  // The observer watches the document (its <html> element is replaced once parsing starts). The answer is
  // on screen when the early answer shows it (data-early, lib/early.ts) or the full view does (no longer
  // pending); the headline shown then is kept, to check it.
  new MutationObserver(() => {
    const d = document.documentElement;
    const early =
      d.hasAttribute('data-early') &&
      d.hasAttribute('data-pending') &&
      (document.querySelector('[data-early-answer]')?.childElementCount ?? 0) > 0;
    // A link's page is pending from its first script (or from the server) until its answer is on it.
    if (d.hasAttribute('data-pending')) window.__wasPending = true;
    if (
      (early || (window.__wasPending && !d.hasAttribute('data-pending'))) &&
      window.__answerAt === undefined
    ) {
      window.__answerBy = early ? 'early answer' : 'full view';
      requestAnimationFrame(() => {
        window.__answerAt = performance.now();
        window.__headline = early
          ? document.querySelector('[data-early-answer] .big')?.textContent
          : document.querySelector('[data-testid=range-result]')?.textContent;
      });
    }
  }).observe(document, {
    attributes: true,
    childList: true,
    subtree: true,
    attributeFilter: ['data-pending', 'data-early'],
  });
};

async function once(base, c) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 200_000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto(base + c.path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__answerAt !== undefined, null, { timeout: 60_000 });
  const { ms, by, headline } = await page.evaluate(() => ({
    ms: window.__answerAt,
    by: window.__answerBy,
    headline: window.__headline,
  }));
  if (c.check && !headline?.trim().startsWith(c.check.text))
    throw new Error(`${c.path}: showed ${headline}, expected ${c.check.text}`);
  await context.close();
  return { ms, by };
}

const rows = [];
for (const [host, handle] of HOSTS) {
  const { base, server } = await listen(handle);
  for (const c of CASES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(base, c));
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    const by = [...new Set(runs.map((r) => r.by))].join(' or ');
    rows.push({ host, path: c.path, median: times[Math.floor(RUNS / 2)], all: times, by });
  }
  server.close();
}
await browser.close();

console.log(
  'Time to the right answer of a shared link, throttled phone (6× CPU, 150 ms RTT, 200 kB/s, cold cache):',
);
for (const [host] of HOSTS) {
  console.log(`  served by ${host}:`);
  for (const r of rows.filter((x) => x.host === host))
    console.log(
      `    ${r.path.padEnd(52)} ${(r.median / 1000).toFixed(2)} s  (runs ${r.all.map((t) => (t / 1000).toFixed(2)).join(', ')}; by the ${r.by})  ${r.median <= GOAL_MS ? 'within' : 'over'} the ${GOAL_MS / 1000} s goal`,
    );
}
