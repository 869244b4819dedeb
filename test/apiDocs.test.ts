/**
 * The typed API reference: TypeDoc (its own TypeScript 5.9, in tools/api-docs, as TypeScript 7 has no compiler
 * API) reads every entry's TSDoc. Broken links, unknown tags or an entry it cannot read fail here;
 * `npm run docs:api` writes the reference into docs/api/.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.js';

describe('API reference', () => {
  it('builds from the TSDoc of every entry point, warnings counted as errors', { timeout: 120_000 }, async () => {
    const typedoc = resolve(repoRoot, 'tools/api-docs/node_modules/typedoc/bin/typedoc');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [typedoc, '--emit', 'none'], { cwd: repoRoot, encoding: 'utf8' });
    expect(`${stdout}${stderr}`).not.toMatch(/\[(warning|error)\]/);
  });
});
