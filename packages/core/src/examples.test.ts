/**
 * Every TSDoc `@example` in core runs as a test. An example is TypeScript; a line ending in `// <value>`
 * asserts what its expression gives: a string, number, boolean or array literal, exact as written (a number
 * to the decimals it shows), `≈ <number>` within 5 %, or an array ending in `…` whose first items are given.
 * Text after the value in parentheses is commentary. An example sees the public API and the exports of the
 * module it documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';

const root = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'cycles' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !/\.(test|bench|test-prop)\.ts$/.test(e.name) ? [p] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

/** The `@example` blocks of a file: the text after the tag up to the next tag or the comment's end. */
function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const startLine = text.slice(0, m.index).split('\n').length;
    let current: { line: number; lines: string[] } | undefined;
    const flush = () => {
      if (current) out.push({ file, line: current.line, code: current.lines.join('\n').trim() });
      current = undefined;
    };
    body.forEach((l, i) => {
      const tag = l.match(/@(\w+)\s?(.*)$/);
      if (tag && !l.trimStart().startsWith('//')) {
        flush();
        if (tag[1] === 'example') current = { line: startLine + i, lines: [tag[2]!] };
      } else current?.lines.push(l);
    });
    flush();
  }
  return out.filter((e) => e.code !== '');
}

type Expected =
  | { kind: 'exact'; value: unknown }
  | { kind: 'about'; value: number }
  | { kind: 'prefix'; items: unknown[] };

function expectedOf(text: string): Expected {
  let t = text.trim();
  const about = t.startsWith('≈');
  if (about) t = t.slice(1).trim();
  const prefix = t.match(/^\[(.*?),\s*…[^\]]*\]$/);
  if (prefix) return { kind: 'prefix', items: literal(`[${prefix[1]}]`) as unknown[] };
  // Commentary in parentheses after the value.
  const value = literal(t.replace(/\s+\(.*\)$/, ''));
  if (about) {
    if (typeof value !== 'number') throw new Error(`"≈" needs a number, got ${text}`);
    return { kind: 'about', value };
  }
  return { kind: 'exact', value };
}

function literal(t: string): unknown {
  if (!/^(['"[\-\d]|true$|false$|undefined$|null$)/.test(t)) throw new Error(`not a value: ${t}`);
  return new Function(`return (${t});`)();
}

function check(actual: unknown, expected: Expected, where: string) {
  if (expected.kind === 'about') {
    expect(actual, where).toBeTypeOf('number');
    expect(Math.abs((actual as number) - expected.value), where).toBeLessThanOrEqual(
      Math.abs(expected.value) * 0.05,
    );
  } else if (expected.kind === 'prefix') {
    expect((actual as unknown[]).slice(0, expected.items.length), where).toEqual(expected.items);
  } else if (typeof expected.value === 'number') {
    const digits = String(expected.value).split('.')[1]?.length ?? 0;
    expect(actual, where).toBeTypeOf('number');
    expect(Number((actual as number).toFixed(digits)), where).toBe(expected.value);
  } else expect(actual, where).toEqual(expected.value);
}

/** Turns `expr // value` lines into checks; other lines run as written. */
function program(code: string): { js: string; checks: Expected[] } {
  const checks: Expected[] = [];
  const lines = code.split('\n').map((l) => {
    const at = l.lastIndexOf(' // ');
    const comment = at >= 0 ? l.slice(at + 4) : l.trimStart().startsWith('// ') ? undefined : undefined;
    if (at < 0 || comment === undefined) return l;
    const expr = l.slice(0, at).trim().replace(/;$/, '');
    if (expr === '') return l;
    checks.push(expectedOf(comment));
    return `__check(${expr}, ${checks.length - 1});`;
  });
  const js = ts.transpileModule(lines.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { js, checks };
}

const examples = sourceFiles(root).flatMap(examplesIn);

describe('TSDoc examples', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(60);
  });
  it.each(examples.map((e) => [`${relative(root, e.file)}:${e.line}`, e] as const))(
    '%s',
    async (where, e) => {
      const own = await import(/* @vite-ignore */ e.file);
      const scope: Record<string, unknown> = { ...api, ...own };
      const { js, checks } = program(e.code);
      let ran = 0;
      const __check = (actual: unknown, i: number) => {
        check(actual, checks[i]!, `${where}: ${e.code}`);
        ran++;
      };
      const names = Object.keys(scope);
      new Function(...names, '__check', js)(...names.map((n) => scope[n]), __check);
      expect(ran, 'every asserted line ran').toBe(checks.length);
    },
  );
});
