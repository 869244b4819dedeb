import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

// The lint rule that keeps a folder's _internals private to it (eslint.config.js), run on imports it must allow
// and imports it must refuse, as written from a file at the given place.
const eslint = new ESLint({ cwd: repoRoot });

async function refused(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`export { x } from '${specifier}';\nimport type { Y } from '${specifier}';\nexport type { Y };\n`, { filePath: resolve(repoRoot, file) });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.ruleId !== 'no-restricted-imports')).toEqual([]);
  return messages.length > 0;
}

describe('lint: _internals', () => {
  it.each([
    ['src/arbitraries/validRequest.ts', './_internals/memoize.js'],
    ['src/arbitraries/_internals/mutations/aboveMaximum.ts', '../sites.js'],
    ['src/arbitraries/_internals/mutations/aboveMaximum.ts', '../../_internals/sites.js'],
    ['src/arbitraries/sub/deeper.ts', '../_internals/sites.js'],
    ['bench/emulator.ts', './_internals/ids.js'],
    ['src/verify/world/prepare.ts', '../../contract/codePoints.js'],
  ])('%s may import %s (its own folder)', async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(false);
  });

  it.each([
    ['src/verify/world/prepare.ts', '../../arbitraries/_internals/codePoints.js'],
    ['src/cli/commands/pactPublish.ts', '../../pact/_internals/brokerClient.js'],
    ['src/entries/arbitraries.ts', '../arbitraries/_internals/mutation.js'],
    ['src/arbitraries/validRequest.ts', '../pact/_internals/brokerSecrets.js'],
    ['src/arbitraries/validRequest.ts', './events/_internals/x.js'],
    ['test/zoo/stubServer.ts', '../../src/arbitraries/_internals/schemaArbitrary.js'],
    ['bench/emulator.ts', '../src/arbitraries/_internals/memoize.js'],
    ['examples/customCheck.ts', 'chime-conformance/_internals/x.js'],
  ])('%s may not import %s (another folder)', async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(true);
  });
});
