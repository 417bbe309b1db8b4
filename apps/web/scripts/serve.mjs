// The site's server, what `pnpm start` runs: the exported site (apps/web/out) as static files, compressed,
// as any static host would serve it, plus one thing a static host cannot do. A calculator address with
// inputs (`/range?speed=130&temp=-10`) gets its answer worked out here, by core, and put in the page before
// it leaves: in the page's early-answer box (so it is on screen at first paint, and with JavaScript off),
// and as the calculator's view in a JSON island (so the calculator shows it without downloading core). The
// browser then fetches no early-answer script and no core for a shared link.
//
// Anything else, and any address without an answer to give (a bad field, an unknown car: the page says
// what is wrong), is the static page, exactly as on a static host, where the early answer
// (lib/early.ts) does the same work in the browser. Nothing a request holds can make it fail with a 5xx.
//
// The pages are read once at start with a real parser (parse5), which gives the offsets where the answer
// goes; a page without those places stops the server at start rather than serving a page half changed.
//   node scripts/serve.mjs [dir]   (PORT, default 3000; prints the address)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import { parse } from 'parse5';
import handler from 'serve-handler';

const root = fileURLToPath(new URL('..', import.meta.url));
// The calculators' answers and the names the page reads them under (app/server-answers.ts, built by
// scripts/early.mjs), so the server and the page share one list and one set of names.
const { answers, SERVER_ANSWERED, SERVER_ANSWER_ID } = await import(
  pathToFileURL(join(root, 'dist/server/answers.mjs')).href
);
const CALC_PATH = new RegExp(`^/(${Object.keys(answers).join('|')})(?:\\.html)?/?$`);

const escapeHtml = (s) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Every element of a parse5 tree, depth first. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}

/**
 * A calculator page cut at the places its answer goes: the <html> tag's end (the attributes that say the
 * page is answered, which also set aside the JavaScript-off note: app/globals.css), the early-answer box
 * (filled and shown), and the end of <body> (the JSON island). Throws if a place is missing. Nothing the
 * framework renders is added or taken away, so the page hydrates as it was built.
 */
export function pageTemplate(html, name) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(doc)];
  const htmlEl = all.find((e) => e.tagName === 'html');
  const box = all.find((e) => e.attrs.some((a) => a.name === 'data-early-answer'));
  const body = all.find((e) => e.tagName === 'body');
  const missing = [
    ['<html>', htmlEl?.sourceCodeLocation?.startTag],
    ['the early-answer box', box?.sourceCodeLocation],
    ['</body>', body?.sourceCodeLocation?.endTag],
  ].filter(([, at]) => !at);
  if (missing.length)
    throw new Error(`${name}.html: no ${missing.map(([what]) => what).join(', ')} to put the answer in`);
  const htmlEnd = htmlEl.sourceCodeLocation.startTag.endOffset - 1; // before the tag's ">"
  const attrs = box.attrs.filter((a) => a.name !== 'hidden');
  const boxOpen = `<${box.tagName}${attrs.map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeHtml(a.value)}"`)).join('')}>`;
  const cuts = [
    // An address that asks for imperial shows it even without JavaScript (the layout's script does the same).
    {
      at: htmlEnd,
      to: htmlEnd,
      put: (a) => ` ${SERVER_ANSWERED} data-pending data-early${a.imperial ? ' data-units="imperial"' : ''}`,
    },
    {
      at: box.sourceCodeLocation.startOffset,
      to: box.sourceCodeLocation.endOffset,
      put: (a) => `${boxOpen}${boxContent(a.lines)}</${box.tagName}>`,
    },
    {
      at: body.sourceCodeLocation.endTag.startOffset,
      to: body.sourceCodeLocation.endTag.startOffset,
      put: island,
    },
  ].sort((x, y) => x.at - y.at);
  const parts = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(html.slice(from, c.at));
    from = c.to;
  }
  parts.push(html.slice(from));
  return (answer) => {
    let out = parts[0];
    cuts.forEach((c, i) => {
      out += c.put(answer) + parts[i + 1];
    });
    return out;
  };
}

/** The answer's lines as the early answer shows them, in both unit systems (the page shows the reader's). */
function boxContent(lines) {
  const block = (ls) =>
    ls
      .map((t, i) => (i === 0 ? `<div class="big">${escapeHtml(t)}</div>` : `<p>${escapeHtml(t)}</p>`))
      .join('');
  const m = block(lines.metric);
  const i = block(lines.imperial);
  return m === i ? m : `<div class="u-m">${m}</div><div class="u-i">${i}</div>`;
}

/** The calculator's view for the browser: JSON, with "<" escaped so nothing in it can close the script. */
function island(answer) {
  const json = JSON.stringify({ name: answer.name, key: answer.key, views: answer.views }).replaceAll(
    '<',
    '\\u003c',
  );
  return `<script type="application/json" id="${SERVER_ANSWER_ID}">${json}</script>`;
}

/**
 * A static host for a built site in `dir`: its files, compressed, with its serve.json if it has one (clean
 * URLs and the share images' content type), as the browser tests serve it.
 */
export function staticHandler(dir) {
  const file = join(dir, 'serve.json');
  const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { cleanUrls: true };
  const gz = compression();
  return (req, res) =>
    gz(req, res, () =>
      handler(req, res, { ...config, public: dir }).catch(() => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Bad request');
      }),
    );
}

/** Serves a request handler on `port` (0: a free one) of `host`; resolves to its address and a close(). */
export async function listen(handle, port = 0, host = '127.0.0.1') {
  const server = createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { base: `http://${host}:${server.address().port}`, port: server.address().port, server };
}

/** The site's request handler for a built site in `dir`: the static host, plus calculator links answered. */
export function siteHandler(dir) {
  const pages = Object.fromEntries(
    Object.entries(answers).map(([name, answerFor]) => [
      name,
      { answerFor, render: pageTemplate(readFileSync(join(dir, `${name}.html`), 'utf8'), name) },
    ]),
  );
  const files = staticHandler(dir);
  const gz = compression();
  const answered = (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    let url;
    try {
      url = new URL(req.url, 'http://site');
    } catch {
      return undefined;
    }
    const m = CALC_PATH.exec(url.pathname);
    if (!m || url.search.length < 2) return undefined;
    const page = pages[m[1]];
    try {
      const answer = page.answerFor(url.search);
      return answer
        ? page.render({ ...answer, imperial: url.searchParams.get('units') === 'imperial' })
        : undefined;
    } catch {
      return undefined; // the static page: the browser works it out and says what is wrong
    }
  };
  return (req, res) => {
    const html = answered(req);
    if (html === undefined) return files(req, res);
    gz(req, res, () => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : html);
    });
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(root, 'out');
  const fail = (message, code) => {
    console.error(`mini-ev: ${message}`);
    process.exit(code);
  };
  const wanted = process.env.PORT ?? '3000';
  if (!/^\d+$/.test(wanted) || Number(wanted) > 65535)
    fail(`PORT must be a whole number from 0 to 65535 (0: any free port); got "${wanted}".`, 2);
  // All interfaces, as a static server does, so a phone on the same network can open it.
  const { port, server } = await listen(siteHandler(dir), Number(wanted), '0.0.0.0').catch((e) =>
    fail(
      e.code === 'EADDRINUSE'
        ? `port ${wanted} is in use (another server, or mini-ev already running); stop it, or set PORT to another port (for example PORT=3001)`
        : `cannot listen on port ${wanted}: ${e.message}`,
      1,
    ),
  );
  console.log(`mini-ev: serving ${dir} at http://localhost:${port} (calculator links answered by core here)`);
  // Ctrl+C or a stop from a process manager ends it cleanly, with exit code 0.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
}
