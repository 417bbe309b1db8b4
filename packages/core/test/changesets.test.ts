/**
 * Every pending changeset must be one `changeset version` can read at release time: front matter naming
 * only the published packages with a bump type, then a summary. A file without it stops the release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../.changeset/', import.meta.url);
const config = JSON.parse(readFileSync(new URL('config.json', dir), 'utf8')) as { ignore: string[] };
const published = ['@mini-ev/core', '@mini-ev/tui'];
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('.changeset', () => {
  it('holds pending changesets', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s has front matter naming published packages, and a summary', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n+([\s\S]+)$/.exec(text);
    expect(m, `${file} must start with --- front matter ---`).not.toBeNull();
    const entries = m![1]!.split('\n').filter((l) => l.trim());
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const [, name, bump] = /^['"]?(@?[\w/-]+)['"]?:\s*(patch|minor|major)$/.exec(e.trim()) ?? [];
      expect(bump, `${file}: "${e}" must be 'package': patch|minor|major`).toBeDefined();
      expect(published).toContain(name);
      expect(config.ignore).not.toContain(name);
    }
    expect(m![2]!.trim().length).toBeGreaterThan(20);
  });
});
