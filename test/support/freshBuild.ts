/**
 * vitest's global setup: tests that run the CLI as a process run the built `dist/src/cli/main.js`, which starts
 * in half the time of the sources through tsx. So dist must be the sources of this tree: it is built here when
 * missing or older than any file under src/ (`npm test` has just built it, and nothing is done then).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cliMain } from './cliMain.js';
import { repoRoot } from './paths.js';

function newestUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const path = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }, 0);
}

export default function freshBuild(): void {
  if (existsSync(cliMain) && statSync(cliMain).mtimeMs >= newestUnder(join(repoRoot, 'src'))) return;
  console.log('tests: dist is older than src/, building it first (npm run build)');
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
