import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { LOADER_ID, paintFirst } from './paint-first.mjs';

const page = (head: string, body = '<main>Hi</main>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const chunk = (name: string) => `<script src="/_next/static/chunks/${name}.js" async=""></script>`;

describe('paintFirst (build step that lets pages paint before the framework starts)', () => {
  it('takes the chunks out of <head> and adds them, in order, from one loader at the end of <body>', () => {
    const html = page(
      `<link rel="stylesheet" href="/_next/static/chunks/a.css"/>${chunk('one')}${chunk('two')}` +
        '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/two.js"/>' +
        '<script src="/_next/static/chunks/poly.js" noModule=""></script><script>self.__next_f=[]</script>',
    );
    const out: string = paintFirst(html);
    expect(out).not.toMatch(/<script src="[^"]+" async/);
    expect(out).not.toContain('rel="preload" as="script"');
    // the stylesheet, the legacy polyfill (never run by modern browsers) and inline scripts stay where they were
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<script>self.__next_f=[]</script>');
    const loader = new RegExp(`<script id="${LOADER_ID}">(.*)</script></body>`).exec(out);
    expect(loader?.[1]).toContain('["/_next/static/chunks/one.js","/_next/static/chunks/two.js"]');
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
});
