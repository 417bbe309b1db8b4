import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chunkScripts,
  EARLY_DONE,
  EARLY_WAIT,
  htmlFiles,
  LOADER_ID,
  PRELOADER_ID,
  paintFirst,
  // @ts-expect-error: a plain .mjs build script without type declarations
} from './paint-first.mjs';

const page = (head: string, body = '<main>Hi</main>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const chunk = (name: string) => `<script src="/_next/static/chunks/${name}.js" async=""></script>`;
const scriptOf = (html: string, id: string) =>
  new RegExp(`<script id="${id}">(.*?)</script>`).exec(html)![1]!;

/** A stand-in for the browser's globals, enough to run the loader and the preloader. */
function browser(opts: { hidden?: boolean; attrs?: string[]; paint?: boolean } = {}) {
  const added: string[] = [];
  const preloaded: string[] = [];
  const listeners: Record<string, () => void> = {};
  const timers: (() => void)[] = [];
  let observer:
    | ((l: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void)
    | undefined;
  const env = {
    document: {
      visibilityState: opts.hidden ? 'hidden' : 'visible',
      documentElement: { hasAttribute: (a: string) => (opts.attrs ?? []).includes(a) },
      createElement: (tag: string) => ({ tag }) as { tag: string; src?: string; href?: string },
      head: {
        appendChild: (e: { tag: string; src?: string; href?: string }) =>
          e.tag === 'script' ? added.push(e.src!) : preloaded.push(e.href!),
      },
      addEventListener: (name: string, f: () => void) => {
        listeners[name] = f;
      },
    },
    setTimeout: (f: () => void) => timers.push(f),
    requestAnimationFrame: () => {
      throw new Error('not used where paint timing exists');
    },
    PerformanceObserver: Object.assign(
      function (this: { observe(): void }, cb: typeof observer) {
        observer = cb;
        this.observe = () => {};
      },
      { supportedEntryTypes: opts.paint === false ? [] : ['paint'] },
    ),
  };
  const run = (code: string) => new Function(...Object.keys(env), code)(...Object.values(env));
  return {
    run,
    added,
    preloaded,
    listeners,
    paint: () => observer!({ getEntriesByName: () => [{}] }, { disconnect() {} }),
    timers: () => {
      for (const t of timers.splice(0)) t();
    },
  };
}

describe('paintFirst (build step that lets pages paint before the framework starts)', () => {
  const html = page(
    `<link rel="stylesheet" href="/_next/static/chunks/a.css"/>${chunk('one')}${chunk('two')}` +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/two.js"/>' +
      '<script src="/_next/static/chunks/poly.js" noModule=""></script><script>self.__next_f=[]</script>',
  );
  const out: string = paintFirst(html);

  it('takes the chunks and Next’s preloads of them out, and lists them, in order, in a preloader and a loader', () => {
    expect(out).not.toMatch(/<script src="[^"]+" async/);
    expect(chunkScripts(out)).toEqual([]);
    expect(out).not.toContain('rel="preload" as="script"');
    // the stylesheet, the legacy polyfill (never run by modern browsers) and inline scripts stay where they were
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<script>self.__next_f=[]</script>');
    const list = '["/_next/static/chunks/one.js","/_next/static/chunks/two.js"]';
    expect(out).toMatch(new RegExp(`<script id="${PRELOADER_ID}">.*</script></head>`));
    expect(out).toMatch(new RegExp(`<script id="${LOADER_ID}">.*</script></body>`));
    expect(scriptOf(out, PRELOADER_ID)).toContain(list);
    expect(scriptOf(out, LOADER_ID)).toContain(list);
  });

  it('changes nothing but the chunk tags, their preloads and the two scripts: the rest is kept byte for byte', () => {
    const head = `<meta charset="utf-8"/><title>A &amp; B</title>${chunk('one')}<style>p>a{}</style>`;
    const body = "<main data-x='1'><p>Range&nbsp;<b>280 km</b></p><template><i>t</i></template></main>";
    const back = (paintFirst(page(head, body)) as string)
      .replace(new RegExp(`<script id="${PRELOADER_ID}">.*?</script>`), '')
      .replace(new RegExp(`<script id="${LOADER_ID}">.*?</script>`), '');
    expect(back).toBe(page(head.replace(chunk('one'), ''), body));
  });

  it('leaves a preload alone when it is not for one of the chunks', () => {
    const other =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/later.js"/>';
    expect(paintFirst(page(chunk('one') + other))).toContain(other);
  });

  it('refuses a page without a chunk tag, so a change in Next’s markup fails the build', () => {
    expect(paintFirst(page('<script src="/x.js" defer></script>'))).toBeNull();
  });

  it('the preloader starts every download at once, except while an early answer is coming', () => {
    const now = browser();
    now.run(scriptOf(out, PRELOADER_ID));
    expect(now.preloaded).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
    const waiting = browser({ attrs: [EARLY_WAIT, 'data-pending'] });
    waiting.run(scriptOf(out, PRELOADER_ID));
    expect(waiting.preloaded).toEqual([]);
  });

  it('the loader adds every chunk once the first paint is reported, and only once', () => {
    const b = browser();
    b.run(scriptOf(out, LOADER_ID));
    expect(b.added).toEqual([]); // nothing before the paint
    b.paint();
    b.timers(); // the post-paint task and the 3 s safety net
    expect(b.added).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
  });

  it('the loader adds the chunks at once in a hidden tab (which never paints) and on a pending page', () => {
    for (const opts of [{ hidden: true }, { attrs: ['data-pending'] }]) {
      const b = browser(opts);
      b.run(scriptOf(out, LOADER_ID));
      expect(b.added).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
    }
  });

  it('while an early answer is coming, the loader waits for it to be done (or 3 s)', () => {
    const b = browser({ attrs: [EARLY_WAIT, 'data-pending'] });
    b.run(scriptOf(out, LOADER_ID));
    expect(b.added).toEqual([]);
    b.listeners[EARLY_DONE]!();
    expect(b.added).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
    b.timers();
    expect(b.added).toHaveLength(2); // once only
  });
});

describe('the real build output (apps/web/out, which the test task builds first)', () => {
  const out = fileURLToPath(new URL('../out', import.meta.url));
  const pages = existsSync(out) ? (htmlFiles(out) as string[]) : [];

  it('has pages', () => {
    expect(pages.length, 'apps/web/out has no pages: run `pnpm build` first').toBeGreaterThan(10);
  });

  it('every page: no chunk script or preload left where Next put them, one preloader and one loader listing the same chunks, each a real file', () => {
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      expect(chunkScripts(html), f).toEqual([]);
      expect(html, f).not.toMatch(
        /<link rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/[^"]+\.js"/,
      );
      const list = (id: string) => {
        const m = new RegExp(
          `<script id="${id}">\\(function\\(s\\)\\{.*?\\}\\)\\((\\[.*?\\])\\)</script>`,
        ).exec(html);
        expect(m, `${f}: ${id}`).not.toBeNull();
        return JSON.parse(m![1]!) as string[];
      };
      const srcs = list(LOADER_ID);
      expect(srcs.length, f).toBeGreaterThan(0);
      expect(list(PRELOADER_ID), f).toEqual(srcs);
      expect(html.indexOf(`id="${PRELOADER_ID}"`), f).toBeLessThan(html.indexOf('</head>'));
      for (const src of srcs) expect(existsSync(`${out}${src}`), `${f}: ${src}`).toBe(true);
    }
  });
});
