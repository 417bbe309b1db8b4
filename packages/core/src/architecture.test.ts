/**
 * The shape of the library: calculations read no data set, the modules form no cycle, and the data set
 * is loaded without zod.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !/\.(test|test-prop|bench)\.ts$/.test(f))
  .map((f) => join(src, f));

/** Runtime imports only: `import type` and `export type` vanish at build time. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms))
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  return out;
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(src, f);

describe('architecture', () => {
  it('calc/ imports nothing from data/ (calculations take parameters, never look anything up)', () => {
    const bad = files
      .filter((f) => rel(f).startsWith('calc/'))
      .flatMap((f) =>
        graph
          .get(f)!
          .filter((i) => rel(i).startsWith('data/'))
          .map((i) => `${rel(f)} → ${rel(i)}`),
      );
    expect(bad).toEqual([]);
  });
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const i of graph.get(f) ?? []) visit(i, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
  it('loads zod only in the schema module (the entry, the data and the calculations run without it)', () => {
    const withZod = files.filter(
      (f) =>
        /from 'zod'/.test(readFileSync(f, 'utf8')) &&
        !/import type/.test(readFileSync(f, 'utf8').match(/.*from 'zod'.*/)![0]),
    );
    expect(withZod.map(rel)).toEqual(['schema/index.ts']);
    const reach = new Set<string>();
    const walk = (f: string) => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const i of graph.get(f) ?? []) walk(i);
    };
    walk(join(src, 'index.ts'));
    expect([...reach].map(rel)).not.toContain('schema/index.ts');
  });
});
