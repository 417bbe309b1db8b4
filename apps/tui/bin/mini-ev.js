#!/usr/bin/env node
// The `mini-ev` command. The program is compiled to dist/, which the published package always includes;
// in a clone of the repository, `pnpm install` builds it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'mini-ev: dist/cli.js is missing. Installed from npm, reinstall @mini-ev/tui; in a clone of the repository, run `pnpm install` (it builds the app) or `pnpm build`.\n',
  );
  process.exit(1);
}
await import(cli.href);
