// Runs after `next build`: makes every exported page paint before the framework starts.
//
// Next writes its chunks as `<script src async>` in <head>. An async script runs as soon as it has
// arrived, so when the chunks are quick to come (a warm cache, a fast link) the browser runs React and
// the router (a few hundred ms of main-thread work on a mid-range phone) before it paints a page whose
// HTML is already complete. Here the chunk tags (and Next's preloads of them) go; one small script at the
// end of <head> starts their downloads at once as low-priority preloads, and one at the end of <body> adds
// the chunks right after the first frame. The page is readable at once and interactive a frame later. On a
// calculator link with inputs, whose early answer (lib/early.ts) is coming, both wait for it, so it has
// the connection to itself.
//
// The HTML is read with a real parser (parse5), and only the chunk tags are cut out and the loader put in,
// at the parser's source offsets, so the rest of Next's markup is left byte for byte. The build fails if a
// page has no chunk tag to move, or if any chunk script is still in the page afterwards, so a Next upgrade
// that changes the markup cannot silently undo this. `pnpm --filter @mini-ev/web build` runs it;
// `node scripts/paint-first.mjs [dir]`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

const CHUNK_SRC = /^\/_next\/static\/chunks\/[^"]+\.js$/;
export const LOADER_ID = 'paint-first';

/** The attribute the layout's first script sets while a calculator's early answer (lib/early.ts) is coming. */
export const EARLY_WAIT = 'data-early-wait';
/** The event the early answer sends when it is done, shown or not. */
export const EARLY_DONE = 'mini-ev:early';
export const PRELOADER_ID = 'paint-first-preload';

/**
 * The preloader, at the end of <head>: it starts every chunk's download at once (a low-priority preload),
 * except while a calculator's early answer is coming, which then has the connection to itself.
 */
function preloader(srcs) {
  const body = `if(document.documentElement.hasAttribute("${EARLY_WAIT}"))return;s.forEach(function(u){
var l=document.createElement("link");l.rel="preload";l.as="script";l.href=u;l.fetchPriority="low";document.head.appendChild(l)})`;
  return `<script id="${PRELOADER_ID}">(function(s){${body.replaceAll('\n', '')}})(${JSON.stringify(srcs)})</script>`;
}

/**
 * The loader, at the end of <body>. It adds the chunks once the browser reports the first contentful paint
 * (the moment the frame is on screen, which can be a little after the main thread drew it); at once in a
 * hidden tab (which does not paint) and on a page that is pending (a link with inputs: it shows no answer
 * until the framework has worked out the address's, so painting first would only delay it), but after a
 * calculator's early answer is done when one is coming; after the next frame where paint timing is not
 * supported; and after 3 s whatever happens, so a page can never be left without its scripts.
 */
function loader(srcs) {
  const body = `var done=false,d=document.documentElement;function go(){if(done)return;done=true;s.forEach(function(u){
var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}setTimeout(go,3000);
if(d.hasAttribute("${EARLY_WAIT}")){document.addEventListener("${EARLY_DONE}",go);return}
if(document.visibilityState!=="visible"||d.hasAttribute("data-pending"))return go();
try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){
new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){
o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true});return}}catch(_){}
requestAnimationFrame(function(){setTimeout(go,0)})`;
  return `<script id="${LOADER_ID}">(function(s){${body.replaceAll('\n', '')}})(${JSON.stringify(srcs)})</script>`;
}

/** Every element of a parsed document, in document order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}
const attrsOf = (el) => Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));

/** The framework's chunk scripts still in a page: `<script src="/_next/static/chunks/…js" async>`. */
export function chunkScripts(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  return [...elements(doc)].filter((el) => {
    if (el.tagName !== 'script') return false;
    const a = attrsOf(el);
    return CHUNK_SRC.test(a.src ?? '') && 'async' in a && !('nomodule' in a);
  });
}

/**
 * Rewrites one page's HTML; returns null when the page has no chunk tag (which would be a surprise). The
 * chunk tags and Next's preloads of them go, the preloader goes at the end of <head> and the loader at the
 * end of <body>; everything else is left as it was.
 */
export function paintFirst(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(doc)];
  const chunks = chunkScripts(html);
  const head = all.find((el) => el.tagName === 'head')?.sourceCodeLocation?.endTag;
  const body = all.find((el) => el.tagName === 'body')?.sourceCodeLocation?.endTag;
  if (chunks.length === 0 || !head || !body) return null;
  const srcs = chunks.map((el) => attrsOf(el).src);
  // Next's own preloads of these chunks go too: the preloader decides when they download.
  const preloads = all.filter((el) => {
    const a = attrsOf(el);
    return el.tagName === 'link' && a.rel === 'preload' && a.as === 'script' && srcs.includes(a.href);
  });
  const edits = [
    ...[...chunks, ...preloads].map((el) => ({
      start: el.sourceCodeLocation.startOffset,
      end: el.sourceCodeLocation.endOffset,
      text: '',
    })),
    { start: head.startOffset, end: head.startOffset, text: preloader(srcs) },
    { start: body.startOffset, end: body.startOffset, text: loader(srcs) },
  ].sort((a, b) => b.start - a.start);
  let out = html;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Every exported page under `dir`. */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../out', import.meta.url));
  const files = htmlFiles(out);
  const failed = [];
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    // A page done already (the step run twice) is only checked.
    const next = html.includes(`id="${LOADER_ID}"`) ? html : paintFirst(html);
    if (next === null) failed.push(`${f}: no Next chunk <script async> found`);
    else if (chunkScripts(next).length > 0) failed.push(`${f}: a chunk script is still where Next put it`);
    else if (next !== html) writeFileSync(f, next);
  }
  if (failed.length > 0) {
    console.error(`paint-first:\n  ${failed.join('\n  ')}`);
    console.error(
      'Next may have changed its markup; update chunkScripts in apps/web/scripts/paint-first.mjs.',
    );
    process.exit(1);
  }
  console.log(`paint-first: ${files.length} pages paint before the framework starts`);
}
