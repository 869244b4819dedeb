/**
 * vitest's global setup: tests that run the CLI as a process run the built `dist/src/cli/main.js`, which starts
 * in half the time of the sources through tsx. So dist must be this tree's build. It is built again, from a clean
 * dist, when a build input (src/, schemas/, the tsconfigs, the declaration tool) is newer than the last build, or
 * when dist holds the output of a source that is gone (deleted or renamed). `npm test` has just built it, so
 * nothing is done then. Watch mode builds once, at its start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliMain } from './cliMain.js';
import { repoRoot } from './paths.js';

const inputs = ['src', 'schemas', 'tsconfig.json', 'tsconfig.build.json', 'tools/cjs-declarations.js'].map((p) => join(repoRoot, p));

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** An output under dist/src whose source under src/ is no longer there. */
const orphan = (output: string) => !existsSync(join(repoRoot, relative(join(repoRoot, 'dist'), output).replace(/\.(d\.cts|d\.ts|js)$/, '.ts')));

function isFresh(): boolean {
  if (!existsSync(cliMain)) return false;
  const built = statSync(cliMain).mtimeMs;
  return (
    inputs
      .filter(existsSync)
      .flatMap(filesUnder)
      .every((f) => statSync(f).mtimeMs <= built) && !filesUnder(join(repoRoot, 'dist/src')).some(orphan)
  );
}

export default function freshBuild(): void {
  if (isFresh()) return;
  console.log('tests: dist is not the build of this tree, building it first (npm run clean && npm run build)');
  execFileSync('npm', ['run', 'clean'], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
