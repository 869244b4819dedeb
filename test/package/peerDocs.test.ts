import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokerClientInstall } from '../../src/cli/commands/pactPublish.js';
import { repoRoot } from '../support/paths.js';

const read = (file: string) => readFileSync(resolve(repoRoot, file), 'utf8');

describe('what the docs say about the broker client', () => {
  // An optional peer is never installed with the package: a page saying it is sends users to a missing binary.
  it("docs/pact.md gives the command that installs it, the same as pact publish's hint, and says it is not bundled", () => {
    const meta = (JSON.parse(read('package.json')) as { peerDependenciesMeta: Record<string, unknown> }).peerDependenciesMeta;
    expect(meta['@pact-foundation/pact-cli']).toEqual({ optional: true });
    expect(brokerClientInstall).toBe('npm install --save-dev @pact-foundation/pact-cli');
    const page = read('docs/pact.md');
    expect(page).toContain(`\`${brokerClientInstall}\``);
    expect(page).not.toContain('installed with this package');
  });
});
