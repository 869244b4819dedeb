/** The README stays a front page, its first lines stay the two commands, and no link of the docs leads nowhere. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.js';

const pages = [
  'README.md',
  ...readdirSync(resolve(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('docs', () => {
  it('the README is at most 10 KB and opens with the main job and the tests, as CI runs them', () => {
    const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10 * 1024);
    const head = readme.split('\n').slice(0, 6).join('\n');
    expect(head).toContain('`npm ci && npx chime-conformance verify`');
    expect(head).toContain('`npm ci && npm test`');
    // CI runs those two commands, each timed by its phase helper.
    expect(readFileSync(resolve(repoRoot, '.ci/run'), 'utf8')).toMatch(/^phase npm ci\nphase npm test\n/m);
  });

  it.each(pages)('every relative link of %s names a file that exists', (page) => {
    const text = readFileSync(resolve(repoRoot, page), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) expect(existsSync(resolve(repoRoot, dirname(page), link)), `${page} → ${link}`).toBe(true);
  });
});
