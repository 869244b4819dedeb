import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.js';

export interface Packed {
  readonly path: string;
  readonly size: number;
  readonly files: readonly string[];
}

/**
 * The repo packed as `npm publish` would pack it, minus the lifecycle scripts: `npm test` has just built
 * dist/, and prepack's clean build would pull dist/ from under the tests running beside this one.
 */
export function packTarball(into: string): Packed {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: repoRoot, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; size: number; files: { path: string }[] }[];
  if (!info) throw new Error(`chime-conformance test: npm pack printed no package (${out.slice(0, 200)})`);
  return { path: join(into, info.filename), size: info.size, files: info.files.map((f) => f.path) };
}

/** `name@version` as this repo has it installed, so a fresh install finds it in the npm cache. */
export const installed = (name: string): string => `${name}@${(JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;

/**
 * A fresh project in `dir` of the given module type (undefined: no `type` field, CommonJS as most projects
 * are) with `packages` installed from the npm cache where it can (CI's `npm ci` has just filled it).
 * Asynchronous, so two projects install at once.
 */
export async function freshProject(dir: string, type: 'module' | 'commonjs' | undefined, packages: readonly string[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `probe-${type ?? 'untyped'}`, private: true, type }));
  const args = ['install', ...packages, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  await promisify(execFile)('npm', args, { cwd: dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}
