import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { chunkScripts, htmlFiles, LOADER_ID, paintFirst } from './paint-first.mjs';

const page = (head: string, body = '<main>Hi</main>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const chunk = (name: string) => `<script src="/_next/static/chunks/${name}.js" async=""></script>`;

describe('paintFirst (build step that lets pages paint before the framework starts)', () => {
  it('turns each chunk into a preload in its place and adds the chunks, in order, from one loader at the end of <body>', () => {
    const html = page(
      `<link rel="stylesheet" href="/_next/static/chunks/a.css"/>${chunk('one')}${chunk('two')}` +
        '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/two.js"/>' +
        '<script src="/_next/static/chunks/poly.js" noModule=""></script><script>self.__next_f=[]</script>',
    );
    const out: string = paintFirst(html);
    expect(out).not.toMatch(/<script src="[^"]+" async/);
    expect(chunkScripts(out)).toEqual([]);
    // The download of each chunk still starts from <head>: one preload per chunk, none twice.
    expect(out.match(/rel="preload" as="script"[^>]*chunks\/one\.js/g)).toHaveLength(1);
    expect(out.match(/rel="preload" as="script"[^>]*chunks\/two\.js/g)).toHaveLength(1);
    // the stylesheet, the legacy polyfill (never run by modern browsers) and inline scripts stay where they were
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<script>self.__next_f=[]</script>');
    const loader = new RegExp(`<script id="${LOADER_ID}">(.*)</script></body>`).exec(out);
    expect(loader?.[1]).toContain('["/_next/static/chunks/one.js","/_next/static/chunks/two.js"]');
  });

  it('changes nothing but the chunk tags and the loader: the rest of the markup is kept byte for byte', () => {
    const head = `<meta charset="utf-8"/><title>A &amp; B</title>${chunk('one')}<style>p>a{}</style>`;
    const body = "<main data-x='1'><p>Range&nbsp;<b>280 km</b></p><template><i>t</i></template></main>";
    const out: string = paintFirst(page(head, body));
    const back = out
      .replace(/<link rel="preload" as="script" fetchPriority="low" href="[^"]+"\/>/, chunk('one'))
      .replace(new RegExp(`<script id="${LOADER_ID}">.*?</script>`), '');
    expect(back).toBe(page(head, body));
  });

  it('leaves a preload alone when it is not for one of the moved chunks', () => {
    const other =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/later.js"/>';
    expect(paintFirst(page(chunk('one') + other))).toContain(other);
  });

  it('refuses a page without a chunk tag, so a change in Next’s markup fails the build', () => {
    expect(paintFirst(page('<script src="/x.js" defer></script>'))).toBeNull();
  });

  it('the loader adds every chunk once the first paint is reported, and only once', async () => {
    const out: string = paintFirst(page(chunk('one') + chunk('two')));
    const code = new RegExp(`<script id="${LOADER_ID}">(.*)</script>`).exec(out)![1]!;
    const added: string[] = [];
    let observer:
      | ((list: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void)
      | undefined;
    const timers: (() => void)[] = [];
    const env = {
      document: {
        visibilityState: 'visible',
        documentElement: { hasAttribute: () => false },
        createElement: () => ({}) as { src?: string },
        head: { appendChild: (e: { src: string }) => added.push(e.src) },
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
        { supportedEntryTypes: ['paint'] },
      ),
    };
    new Function(...Object.keys(env), code)(...Object.values(env));
    expect(added).toEqual([]); // nothing before the paint
    observer!({ getEntriesByName: () => [{}] }, { disconnect() {} });
    for (const t of timers) t(); // the post-paint task and the 3 s safety net
    expect(added).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
  });

  it('the loader adds the chunks at once in a hidden tab, which never paints', () => {
    const out: string = paintFirst(page(chunk('one')));
    const code = new RegExp(`<script id="${LOADER_ID}">(.*)</script>`).exec(out)![1]!;
    const added: string[] = [];
    const document = {
      visibilityState: 'hidden',
      createElement: () => ({}),
      head: { appendChild: (e: { src: string }) => added.push(e.src) },
    };
    new Function('document', code)(document);
    expect(added).toEqual(['/_next/static/chunks/one.js']);
  });

  it('the loader adds the chunks at once on a pending page (a link with inputs shows nothing until its answer)', () => {
    const out: string = paintFirst(page(chunk('one')));
    const code = new RegExp(`<script id="${LOADER_ID}">(.*)</script>`).exec(out)![1]!;
    const added: string[] = [];
    const document = {
      visibilityState: 'visible',
      documentElement: { hasAttribute: (a: string) => a === 'data-pending' },
      createElement: () => ({}),
      head: { appendChild: (e: { src: string }) => added.push(e.src) },
    };
    new Function('document', code)(document);
    expect(added).toEqual(['/_next/static/chunks/one.js']);
  });
});

describe('the real build output (apps/web/out, which the test task builds first)', () => {
  const out = fileURLToPath(new URL('../out', import.meta.url));
  const pages = existsSync(out) ? (htmlFiles(out) as string[]) : [];

  it('has pages', () => {
    expect(pages.length, 'apps/web/out has no pages: run `pnpm build` first').toBeGreaterThan(10);
  });

  it('every page: no chunk script left where Next put it, each chunk preloaded from <head>, one loader for them all, each chunk a real file', () => {
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      expect(chunkScripts(html), f).toEqual([]);
      const loader = new RegExp(
        `<script id="${LOADER_ID}">\\(function\\(s\\)\\{.*\\}\\)\\((\\[.*?\\])\\)</script></body>`,
      ).exec(html);
      expect(loader, f).not.toBeNull();
      const srcs: string[] = JSON.parse(loader![1]!);
      expect(srcs.length, f).toBeGreaterThan(0);
      const head = html.slice(0, html.indexOf('</head>'));
      for (const src of srcs) {
        expect(head, `${f}: ${src}`).toContain(`as="script" fetchPriority="low" href="${src}"`);
        expect(existsSync(`${out}${src}`), `${f}: ${src}`).toBe(true);
      }
    }
  });
});
