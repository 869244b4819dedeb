import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export type LoadStyle = 'import' | 'require';

export interface Loaded {
  readonly spec: string;
  /** The names the entry exports, sorted. */
  readonly exports: readonly string[];
}

export interface Probed {
  /** Each spec, in the order loaded: all in one process, so an entry loaded after another shares what it loaded. */
  readonly loaded: readonly Loaded[];
  /** Packages under node_modules that Node loaded a file of (only with `trace`). */
  readonly packages: readonly string[];
}

// `validate` last: the entries of argv before it are loaded in turn, and the last one validates one request.
const body = (load: string) => `const args = process.argv.slice(2);
const validate = args.at(-1) === 'validate';
let m;
for (const spec of validate ? args.slice(0, -1) : args) {
  m = ${load}(spec);
  console.log('probe ' + JSON.stringify({ spec, exports: Object.keys(m).sort() }));
}
if (validate && !m.validateRequest('voice.GetVoiceProfile', { VoiceProfileId: 'vp-1' }).valid) throw new Error('invalid');`;

/** Writes probe.mjs (loads by import) and probe.cjs (loads by require) into a project. */
export function writeProbes(dir: string): void {
  writeFileSync(join(dir, 'probe.mjs'), body('await import'));
  writeFileSync(join(dir, 'probe.cjs'), body('require'));
}

/**
 * Loads `specs` in turn in one child process. With `trace`, NODE_DEBUG=esm,module makes Node name every file
 * it translates (ESM) or loads (CJS), whichever way it was reached, require(esm) included.
 */
export async function probe(dir: string, style: LoadStyle, specs: readonly string[], opts: { validate?: boolean; trace?: boolean } = {}): Promise<Probed> {
  const args = [style === 'import' ? 'probe.mjs' : 'probe.cjs', ...specs, ...(opts.validate ? ['validate'] : [])];
  const env = { ...process.env, NODE_DEBUG: opts.trace ? 'esm,module' : '' };
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The probe's own lines only: an entry may print too.
  const loaded = stdout
    .split('\n')
    .filter((line) => line.startsWith('probe '))
    .map((line) => JSON.parse(line.slice('probe '.length)) as Loaded);
  const files = [...stderr.matchAll(/(?:Translating \w+ file:\/\/|load ")([^"\s]+)/g)].map((f) => decodeURI(f[1] ?? ''));
  const packages = new Set(files.map((f) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p));
  return { loaded, packages: [...packages].sort() };
}
