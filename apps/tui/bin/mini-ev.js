#!/usr/bin/env node
// Launcher committed to the repository so the `mini-ev` command exists right after install;
// the program itself is compiled to dist/ by `pnpm build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('mini-ev is not built yet: run `pnpm build` in the repository first.\n');
  process.exit(1);
}
await import(cli.href);
