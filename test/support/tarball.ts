import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { inject } from 'vitest';
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

/**
 * The tarball packed once for the whole test run (some 5 s of CPU a pack): the first file to ask packs it into the
 * run's scratch directory (runScratch.ts), the others wait for what it wrote. Read only: it is every file's copy.
 */
export async function packedOnce(): Promise<Packed> {
  const dir = join(inject('runScratch'), 'pack');
  const [done, failed] = [join(dir, 'packed.json'), join(dir, 'failed.txt')];
  // Whole or not at all, for the files waiting on it.
  const publish = (file: string, text: string) => (writeFileSync(`${file}.tmp`, text), renameSync(`${file}.tmp`, file));
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') throw e;
    // Shorter than the hooks' timeouts (120 s and more), so this message is the one seen.
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; await sleep(100)) {
      if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as Packed;
      if (existsSync(failed)) throw new Error(`chime-conformance test: npm pack failed in another test file: ${readFileSync(failed, 'utf8')}`);
    }
    throw new Error(`chime-conformance test: no tarball in ${dir} after 90 s`);
  }
  try {
    const packed = packTarball(dir);
    publish(done, JSON.stringify(packed));
    return packed;
  } catch (e) {
    publish(failed, String(e));
    throw e;
  }
}

/** The version of `name` that the project in `dir` has installed. */
export const versionIn = (dir: string, name: string): string => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** `name@version` as this repo has it installed, so a fresh install finds it in the npm cache. */
export const installed = (name: string): string => `${name}@${versionIn(repoRoot, name)}`;

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
