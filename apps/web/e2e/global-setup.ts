/** Serves the exported site (out/) on a free local port for the browser tests. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import handler from 'serve-handler';
import type { TestProject } from 'vitest/node';

let server: Server;

export async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../out', import.meta.url));
  if (!existsSync(root))
    throw new Error('apps/web/out is missing: run `pnpm build` first (turbo does it before test:e2e).');
  // The same configuration `pnpm start` (serve) reads: clean URLs, and the share images' content type.
  const config = JSON.parse(readFileSync(`${root}/serve.json`, 'utf8'));
  server = createServer((req, res) => handler(req, res, { ...config, public: root }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await new Promise((r) => server?.close(r));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
