import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.js';

// npm ci runs `prepare`, which builds dist/; these tests prove the package works by its own name and bin.
const built = existsSync(resolve(repoRoot, 'dist/src/index.js'));

describe('the installed package', () => {
  it('has been built by npm ci (prepare)', () => {
    expect(built, 'dist/ is missing: run npm ci or npm run build').toBe(true);
  });

  it.runIf(built)('is importable by its own name from the repo root', () => {
    const script = "import('chime-conformance').then((m) => console.log(m.operations.length, m.validateRequest('voice.GetVoiceProfile', {}).issues[0].rule))";
    expect(execFileSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' }).trim()).toBe('22 required');
  });

  it.runIf(built)('runs as the chime-conformance bin', () => {
    // npm does not link a package's own bin into node_modules/.bin; `npm exec` finds it the way `npx` does.
    const out = execFileSync('npm', ['exec', '--no', '--', 'chime-conformance', 'operations'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(22);
  });
});
