import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export type LoadStyle = 'import' | 'require';

export interface Probed {
  /** From the script's first line to the entry loaded (and one request validated, if asked). */
  readonly ms: number;
  readonly rssMb: number;
  /** Packages under node_modules that Node loaded a file of (only with `trace`). */
  readonly packages: readonly string[];
}

// Timed from inside the child: Node's own start-up is the same for every entry and no part of the budget.
const body = (load: string) => `const [spec, validate] = process.argv.slice(2);
const t0 = performance.now();
const m = ${load}(spec);
if (validate && !m.validateRequest('voice.GetVoiceProfile', { VoiceProfileId: 'vp-1' }).valid) throw new Error('invalid');
console.log(JSON.stringify({ ms: performance.now() - t0, rss: process.memoryUsage().rss }));`;

/** Writes probe.mjs (loads by import) and probe.cjs (loads by require) into a project. */
export function writeProbes(dir: string): void {
  writeFileSync(join(dir, 'probe.mjs'), body('await import'));
  writeFileSync(join(dir, 'probe.cjs'), body('require'));
}

/**
 * Loads `spec` in a child process of its own. With `trace`, NODE_DEBUG=esm,module makes Node name every file
 * it translates (ESM) or loads (CJS), whichever way it was reached, require(esm) included; the tracing costs
 * time, so a traced run's time is not the one to hold to a budget.
 */
export async function probe(dir: string, style: LoadStyle, spec: string, opts: { validate?: boolean; trace?: boolean } = {}): Promise<Probed> {
  const args = [style === 'import' ? 'probe.mjs' : 'probe.cjs', spec, ...(opts.validate ? ['validate'] : [])];
  const env = { ...process.env, NODE_DEBUG: opts.trace ? 'esm,module' : '' };
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { ms, rss } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rss: number };
  const files = [...stderr.matchAll(/(?:Translating \w+ file:\/\/|load ")([^"\s]+)/g)].map((f) => decodeURI(f[1] ?? ''));
  const packages = new Set(files.map((f) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p));
  return { ms, rssMb: rss / 1e6, packages: [...packages].sort() };
}
