// Runs after `next build`: bundles each calculator's and compare's early answer (app/<page>/early.ts, see
// lib/early.ts) into out/early/<page>.js, a standalone script with core inside, which the layout's first
// script adds to such a page whose address holds inputs; and each calculator's answer for the site's server
// (app/server-answers.ts) into dist/server/answers.mjs. Prints each early bundle's size.
//   `pnpm --filter @mini-ev/web build` runs it; `node scripts/early.mjs [outDir]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const EARLY_CALCULATORS = ['range', 'charging', 'cost', 'trip', 'compare'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = process.argv[2] ?? `${root}out`;
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(EARLY_CALCULATORS.map((c) => [c, `app/${c}/early.ts`])),
    outdir: `${out}/early`,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The same answers for the site's server (scripts/serve.mjs), bundled for Node.
  await build({
    absWorkingDir: root,
    entryPoints: { answers: 'app/server-answers.ts' },
    outdir: `${root}dist/server`,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const sizes = EARLY_CALCULATORS.map((c) => {
    const js = readFileSync(`${out}/early/${c}.js`);
    return `${c} ${(gzipSync(js, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
  });
  console.log(`early answers: ${sizes.join(', ')}`);
}
