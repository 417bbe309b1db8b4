// Runs after `next build`: makes every exported page paint before the framework starts.
//
// Next writes its chunks as `<script src async>` in <head>. An async script runs as soon as it has
// arrived, so when the chunks are quick to come (a warm cache, a fast link) the browser runs React and
// the router (a few hundred ms of main-thread work on a mid-range phone) before it paints a page whose
// HTML is already complete. Here each such tag becomes a low-priority preload, so the download still
// starts at once, and one small script at the end of <body> adds the chunks right after the first
// frame. The page is readable at once and interactive a frame later; nothing else changes.
//
// The build fails if a page has no chunk tag to move, so a Next upgrade that changes the markup cannot
// silently undo this. `pnpm --filter @mini-ev/web build` runs it; `node scripts/paint-first.mjs [dir]`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHUNK_TAG = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD =
  /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/chunks\/[^"]+\.js)"\/>/g;
export const LOADER_ID = 'paint-first';

/**
 * The loader. It adds the chunks once the browser reports the first contentful paint (the moment the
 * frame is on screen, which can be a little after the main thread drew it), at once in a hidden tab
 * (which does not paint), after the next frame where paint timing is not supported, and after 3 s
 * whatever happens, so a page can never be left without its scripts.
 */
function loader(srcs) {
  const body = `var done=false;function go(){if(done)return;done=true;s.forEach(function(u){
var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}
if(document.visibilityState!=="visible")return go();setTimeout(go,3000);
try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){
new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){
o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true});return}}catch(_){}
requestAnimationFrame(function(){setTimeout(go,0)})`;
  return `<script id="${LOADER_ID}">(function(s){${body.replaceAll('\n', '')}})(${JSON.stringify(srcs)})</script>`;
}

/** Rewrites one page's HTML; returns null when the page has no chunk tag (which would be a surprise). */
export function paintFirst(html) {
  const srcs = [];
  const moved = html
    .replace(CHUNK_TAG, (_, src) => {
      srcs.push(src);
      return '';
    })
    .replace(CHUNK_PRELOAD, (tag, src) => (srcs.includes(src) ? '' : tag));
  if (srcs.length === 0 || !moved.includes('</body>')) return null;
  return moved.replace('</body>', `${loader(srcs)}</body>`);
}

function htmlFiles(dir) {
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
    if (html.includes(`id="${LOADER_ID}"`)) continue;
    const next = paintFirst(html);
    if (next === null) failed.push(f);
    else writeFileSync(f, next);
  }
  if (failed.length > 0) {
    console.error(`paint-first: no Next chunk <script async> found in:\n  ${failed.join('\n  ')}`);
    console.error('Next may have changed its markup; update CHUNK_TAG in apps/web/scripts/paint-first.mjs.');
    process.exit(1);
  }
  console.log(`paint-first: ${files.length} pages paint before the framework starts`);
}
