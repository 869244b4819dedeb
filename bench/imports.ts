/**
 * npm run bench:imports: how long each entry of the built package takes to load, and the RSS after, each in a
 * fresh Node process of its own, by import and by require, the median of five. The package is loaded by its
 * name from this checkout (Node resolves a package's own name through its `exports`), so `npm run build`
 * first. The baseline, measured in the same run: the root entry, which loads all but MSW (Pact when called). Last line:
 * RESULT imports contract_ratio=<contract/root by import> contract_ms=<…> root_ms=<…>
 * (package.install.test.ts asserts that the contract entry loads none of Pact, MSW or the AWS SDK.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// The entries package.json exports (not the schema files or package.json itself), so a new one is measured too.
const { name, exports } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
const entries = Object.keys(exports)
  .filter((key) => !key.includes('*') && !key.endsWith('.json'))
  .map((key) => `${name}${key.slice(1)}`);
const rounds = 5;

// Timed from inside the child, so Node's own start-up, the same for every entry, is left out.
const script = (style: 'import' | 'require', spec: string) =>
  `const t0 = performance.now(); ${style === 'import' ? `await import('${spec}')` : `require('${spec}')`}; ` +
  `console.log(JSON.stringify({ ms: performance.now() - t0, rss: process.memoryUsage().rss }));`;

function loadOnce(style: 'import' | 'require', spec: string): { ms: number; rss: number } {
  const type = style === 'import' ? '--input-type=module' : '--input-type=commonjs';
  return JSON.parse(execFileSync(process.execPath, [type, '-e', script(style, spec)], { cwd: root, encoding: 'utf8' })) as { ms: number; rss: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function measure(style: 'import' | 'require', spec: string): { ms: number; rssMb: number } {
  const runs = Array.from({ length: rounds }, () => loadOnce(style, spec));
  return { ms: median(runs.map((r) => r.ms)), rssMb: median(runs.map((r) => r.rss)) / 1e6 };
}

if (!existsSync(resolve(root, 'dist/src/index.js'))) {
  console.error('bench:imports: dist/ is missing. Hint: npm run build');
  process.exit(2);
}
const ms = new Map<string, number>();
for (const spec of entries) {
  for (const style of ['import', 'require'] as const) {
    const m = measure(style, spec);
    if (style === 'import') ms.set(spec, m.ms);
    console.log(`${spec.padEnd(31)} ${style.padEnd(7)} ${m.ms.toFixed(0).padStart(5)} ms ${m.rssMb.toFixed(0).padStart(4)} MB`);
  }
}
const [contract, whole] = [ms.get('chime-conformance/contract') ?? NaN, ms.get('chime-conformance') ?? NaN];
console.log(`RESULT imports contract_ratio=${(contract / whole).toFixed(3)} contract_ms=${contract.toFixed(0)} root_ms=${whole.toFixed(0)}`);
