import { exampleCredentials } from '../src/emulator/wire/sigv4.js';
import { openTarget } from '../src/verify/openTarget.js';
import { runVerify } from '../src/verify/runVerify.js';
const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
const cells: { check: string; operation: string; ms: number; cases: number }[] = [];
const t0 = performance.now();
await runVerify({ target: opened.target, embedded: true, service: 'all', ops: [], checks: [], shard: { index: 1, count: 1 }, runs: 10, seed: 42, auth: 'off', region: 'us-east-1', credentials: exampleCredentials, parallel: Number(process.env.PAR ?? 4),
  onEvent: (e: any) => { if (e.type === 'cell') cells.push({ check: e.check, operation: e.operation, ms: e.ms, cases: e.outcome.cases ?? 0 }); } } as any);
console.log('total', (performance.now() - t0).toFixed(0), 'ms');
const byCheck = new Map<string, { ms: number; cases: number }>();
for (const c of cells) { const b = byCheck.get(c.check) ?? { ms: 0, cases: 0 }; b.ms += c.ms; b.cases += c.cases; byCheck.set(c.check, b); }
for (const [k, v] of [...byCheck].sort((a, b) => b[1].ms - a[1].ms)) console.log(k.padEnd(26), v.ms.toFixed(0).padStart(6), 'ms', String(v.cases).padStart(5), 'cases', (v.ms / Math.max(1, v.cases)).toFixed(2), 'ms/case');
for (const c of cells.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(c.check, c.operation, c.ms.toFixed(0), c.cases);
await opened.close();
