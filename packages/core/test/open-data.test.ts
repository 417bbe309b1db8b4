/**
 * The published data validates against the published JSON Schema the way people outside TypeScript will
 * check it: with ajv in draft 2020-12 mode, all errors, and ajv-formats so that a `format` (a source's
 * `uri`) is checked, not ignored. Reads the built files (turbo builds first).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// ajv-formats is CommonJS: under NodeNext its plugin is the default export's `default`.
const addFormats = ajvFormats.default;

const read = (name: string) => JSON.parse(readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8'));

describe('the open data in a standard JSON Schema validator', () => {
  const schema = read('mini-ev-data.schema.json');
  const data = read('mini-ev-data.json');
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validate = ajv.compile(schema);

  it('the schema declares draft 2020-12 and ajv accepts it', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });
  it('mini-ev-data.json, $schema key included, is valid', () => {
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('and the validator is not a pushover: a broken copy is rejected with its path', () => {
    const broken = structuredClone(data);
    broken.vehicles[0].battery.usableKWh.value = 'a lot';
    delete broken.sources[0].publisher;
    broken.extra = true;
    const addressed = broken.sources.findIndex((s: { url?: string }) => s.url);
    broken.sources[addressed].url = 'not an address';
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/vehicles/0/battery/usableKWh/value');
    expect(paths).toContain('/sources/0');
    expect(paths).toContain(`/sources/${addressed}/url`);
  });
});
