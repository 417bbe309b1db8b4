// Copies the data set and its JSON Schema from @mini-ev/core's build into public/ for /data downloads.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
mkdirSync(new URL('../public/', import.meta.url), { recursive: true });
copyFileSync(
  require.resolve('@mini-ev/core/data.json'),
  new URL('../public/mini-ev-data.json', import.meta.url),
);
copyFileSync(
  require.resolve('@mini-ev/core/schema.json'),
  new URL('../public/mini-ev-data.schema.json', import.meta.url),
);
console.log('copied the data set and its JSON Schema to public/');
