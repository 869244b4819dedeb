/**
 * npm run bench:arbitraries: values per second that each arbitrary produces, per operation.
 * Last line: RESULT arbitraries min=<values/s> (the slowest operation and kind).
 */
import fc from 'fast-check';
import { arbitraries, operations } from '../src/index.js';

const values = Number(process.env['BENCH_VALUES'] ?? 2000);
const kinds = ['validRequest', 'invalidRequest', 'validResponse'] as const;

function rate(arb: fc.Arbitrary<unknown>): number {
  fc.sample(arb, { numRuns: 100, seed: 1 }); // warm-up: JIT and regex compilation
  const start = process.hrtime.bigint();
  fc.sample(arb, { numRuns: values, seed: 2 });
  return values / (Number(process.hrtime.bigint() - start) / 1e9);
}

let slowest = { rate: Infinity, where: '' };
console.log(`${'operation'.padEnd(44)} ${kinds.map((k) => k.padStart(15)).join(' ')}   (values/s, ${values} each)`);
for (const id of operations) {
  const rates = kinds.map((kind) => rate(arbitraries[kind](id)));
  rates.forEach((r, i) => {
    if (r < slowest.rate) slowest = { rate: r, where: `${id} ${kinds[i]}` };
  });
  console.log(`${id.padEnd(44)} ${rates.map((r) => r.toFixed(0).padStart(15)).join(' ')}`);
}
console.log(`slowest: ${slowest.where}`);
console.log(`RESULT arbitraries min=${slowest.rate.toFixed(0)}`);
