// Load test of the site's server (scripts/serve.mjs) on loopback, bounded in time: calculator addresses
// with inputs, each answered by core on the server, spread over the four calculators and many inputs, and
// compressed as a browser asks. The load runs in the same process as the server, so the figure is a floor.
// Prints requests a second, latency percentiles (p50, p99) and every non-2xx and error; the target is at
// least 300 calculator requests a second with no errors. Needs a built site (`pnpm build`).
//   `pnpm --filter @mini-ev/web load-test` (DURATION seconds, default 10; CONNECTIONS, default 20)
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { listen, siteHandler } from './serve.mjs';

const out = fileURLToPath(new URL('../out', import.meta.url));
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);

// Inputs across each calculator's range, so no answer is a repeat of the one before.
const paths = [];
for (let i = 0; i < 200; i++) {
  const speed = 50 + (i % 11) * 10;
  const temp = -20 + (i % 13) * 5;
  paths.push(`/range?speed=${speed}&temp=${temp}&model=${i % 2 ? 'cooper-se-j01' : 'cooper-se-f56'}`);
  paths.push(`/charging?from=${i % 40}&to=${60 + (i % 40)}&kw=${[50, 150, 22, 11][i % 4]}`);
  paths.push(`/cost?km=${5000 + i * 100}&market=${['de', 'uk', 'us', 'nl', 'fr'][i % 5]}`);
  paths.push(`/trip?distance=${100 + i * 7}&speed=${90 + (i % 5) * 10}`);
}
// A share of bad addresses too: they get the static page (the browser names the problem), never a 5xx.
for (const bad of ['/range?speed=abc', '/charging?from=90&to=50', '/cost?market=zz', '/trip?distance=-5'])
  paths.push(bad);

const { base, server } = await listen(siteHandler(out));
let next = 0;
const result = await autocannon({
  url: base,
  connections,
  duration,
  // As a browser asks: compressed, so the server's gzip is part of the cost.
  headers: { 'accept-encoding': 'gzip' },
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
});
server.close();

const rps = result.requests.average;
const failures = result.non2xx + result.errors + result.timeouts;
console.log(
  `Calculator addresses on loopback, ${connections} connections for ${duration} s (${paths.length} distinct addresses):`,
);
console.log(`  requests a second: ${rps.toFixed(0)} (target at least 300)`);
console.log(
  `  latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
);
console.log(
  `  responses: ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`,
);
console.log(rps >= 300 && failures === 0 ? '  ok' : '  BELOW TARGET');
