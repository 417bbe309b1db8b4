// Prints the site's budget figures on the built site (apps/web/out):
//  - Lighthouse mobile scores for home, a car page, compare and the trip calculator
//    (targets: Performance ≥ 95; Accessibility, Best Practices, SEO = 100)
//  - first-load JavaScript per route, gzip
//  - what a browser actually fetches on a first visit (cold cache, compressed, every script including those
//    loaded after hydration), on every page and on shared calculator links, against an empty Next.js page
//    built with the same Next and React (target: the heaviest route at most 1.25× the empty page)
//  - the total static size
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium). `pnpm --filter @mini-ev/web budget`
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { listen, siteHandler, staticHandler } from './serve.mjs';

const out = fileURLToPath(new URL('../out', import.meta.url));
if (!existsSync(out)) {
  console.error('apps/web/out is missing: run `pnpm build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.RUNS ?? 3);
const ROUTES = [
  ['home', '/', 'index.html'],
  ['car page', '/models/cooper-se-j01', 'models/cooper-se-j01.html'],
  ['compare', '/compare?models=cooper-se-f56,cooper-se-j01', 'compare.html'],
  ['trip', '/trip', 'trip.html'],
];

function firstLoadJsGzip(htmlFile) {
  const html = readFileSync(join(out, htmlFile), 'utf8');
  // Scripts marked noModule (Next's legacy polyfills) are never loaded by modern browsers.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((t) => !/nomodule/i.test(t));
  // The chunks that scripts/paint-first.mjs moved into its loader (added after the first paint) count too.
  const loader = /<script id="paint-first">[^<]*?(\[[^\]]*\])\)<\/script>/.exec(html);
  const moved = loader ? JSON.parse(loader[1]) : [];
  const srcs = new Set([...tags.map((t) => /src="([^"]+\.js)"/.exec(t)?.[1]).filter(Boolean), ...moved]);
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const buf = readFileSync(join(out, src.replace(/^\//, '')));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { files: srcs.size, raw, gz };
}

// Every page, and a shared link for each calculator and compare (their early answer and engine come too).
const PAGES = [
  '/',
  '/models',
  '/models/cooper-se-j01',
  '/compare',
  '/range',
  '/charging',
  '/cost',
  '/trip',
  '/accuracy',
  '/history',
  '/factory',
  '/sources',
  '/data',
];
const LINKS = [
  '/range?speed=130&temp=-10',
  '/charging?from=20&to=80',
  '/cost?market=de',
  '/trip?distance=500',
  '/compare?models=aceman-e,aceman-se',
];

/** An empty Next.js page (a layout and a paragraph) built with this app's Next and React, as a yardstick. */
function buildEmptyNext() {
  const dir = fileURLToPath(new URL('../.budget/empty-next/', import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}app`, { recursive: true });
  writeFileSync(`${dir}next.config.mjs`, "export default { output: 'export', reactStrictMode: true };\n");
  writeFileSync(
    `${dir}app/layout.jsx`,
    'export const metadata = { title: \'empty\' };\nexport default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(`${dir}app/page.jsx`, 'export default function Page() {\n  return <p>Hello</p>;\n}\n');
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  execFileSync(process.execPath, [next, 'build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return `${dir}out`;
}

/** Bytes of JavaScript a browser fetches on a first visit (fresh profile), until the network is quiet. */
async function firstVisitJs(browser, base, path) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Set();
  let bytes = 0;
  let files = 0;
  cdp.on('Network.responseReceived', (e) => e.type === 'Script' && scripts.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => {
    if (!scripts.has(e.requestId)) return;
    bytes += e.encodedDataLength;
    files++;
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await ctx.close();
  return { bytes, files };
}

function dirSize(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

// Compressed, as `pnpm start` serves it (scripts/serve.mjs: a calculator link arrives with its answer), and as a
// static host serves the same files (the early answer works a link out in the browser).
const site = await listen(siteHandler(out));
const staticHost = await listen(staticHandler(out));
const base = site.base;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [];
try {
  for (const [name, path, file] of ROUTES) {
    // Lighthouse varies run to run on a busy 2-core machine: report the run with the median performance.
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(r.lhr);
    }
    runs.sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const a = lhr.audits;
    const ms = (k) => Math.round(a[k]?.numericValue ?? 0);
    const metrics = `FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}; performance over ${RUNS} runs: ${runs.map((x) => Math.round(x.categories.performance.score * 100)).join(', ')}`;
    // What to look at when a score drops: the element Lighthouse took as the largest paint, and the longest tasks.
    const lcpNode = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    const longTasks = (a['long-tasks']?.details?.items ?? [])
      .slice(0, 3)
      .map((t) => `${String(t.url).replace(base, '').split('/').pop() || path} ${Math.round(t.duration)} ms`);
    const why = `largest paint: ${lcpNode?.selector ?? 'unknown'}; longest tasks: ${longTasks.join(', ') || 'none'}`;
    rows.push({
      why,
      name,
      path,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      js: firstLoadJsGzip(file),
      metrics,
    });
  }
} finally {
  await chrome.kill();
}
console.log(`Lighthouse (mobile, simulated throttling; median of ${RUNS} runs) and first-load JavaScript:`);
console.log('  route                     perf  a11y  best  seo   first-load JS (gzip)');
for (const r of rows) {
  const ok = r.perf >= 95 && r.a11y === 100 && r.bp === 100 && r.seo === 100 ? 'ok' : 'BELOW TARGET';
  console.log(
    `  ${r.name.padEnd(24)} ${String(r.perf).padStart(4)}  ${String(r.a11y).padStart(4)}  ${String(r.bp).padStart(4)}  ${String(r.seo).padStart(4)}   ${kb(r.js.gz).padStart(9)} in ${r.js.files} files  ${ok}`,
  );
  console.log(`    ${r.metrics}`);
  console.log(`    ${r.why}`);
}

// What a browser fetches on a first visit, against an empty Next.js page measured the same way.
const empty = await listen(staticHandler(buildEmptyNext()));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const yardstick = (await firstVisitJs(browser, empty.base, '/')).bytes;
  const measure = async (paths, host = site) => {
    const rows = [];
    for (const path of paths) rows.push({ path, ...(await firstVisitJs(browser, host.base, path)) });
    return rows;
  };
  const pages = await measure(PAGES);
  const links = await measure(LINKS);
  const staticLinks = await measure(LINKS, staticHost);
  const limit = 1.25 * yardstick;
  console.log(
    `\nJavaScript fetched on a first visit (compressed, every script until the network is quiet); an empty Next.js page: ${kb(yardstick)}, so 1.25× is ${kb(limit)}:`,
  );
  const line = (r) =>
    console.log(
      `  ${r.path.padEnd(38)} ${kb(r.bytes).padStart(9)} in ${String(r.files).padStart(2)} files  ${(r.bytes / yardstick).toFixed(2)}×`,
    );
  pages.forEach(line);
  console.log('  shared links, served by `pnpm start` (the server puts the answer in the page):');
  links.forEach(line);
  console.log('  the same links on a plain static host (the early answer and its engine come at once):');
  staticLinks.forEach(line);
  const worst = (rows) => rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const [wp, wl] = [worst(pages), worst(links)];
  console.log(
    `  heaviest page: ${wp.path} ${(wp.bytes / yardstick).toFixed(2)}× ${wp.bytes <= limit ? 'ok' : 'OVER 1.25×'}; heaviest shared link: ${wl.path} ${(wl.bytes / yardstick).toFixed(2)}× ${wl.bytes <= limit ? 'ok' : 'OVER 1.25×'}`,
  );
} finally {
  await browser.close();
  site.server.close();
  staticHost.server.close();
  empty.server.close();
}
console.log(`Total static size of out/: ${(dirSize(out) / 1024 / 1024).toFixed(2)} MB`);
console.log(
  'Targets: Performance ≥ 95; Accessibility, Best Practices and SEO 100; the heaviest page’s first-visit JavaScript at most 1.25× an empty Next.js page’s.',
);
