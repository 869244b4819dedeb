import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { openTarget } from '../../src/verify/openTarget.js';
import { runVerify } from '../../src/verify/runVerify.js';
import { stubs, type Stub } from './stubs.js';

/** Fixed seed and few runs, as for the mutants: CI must be deterministic; gross failures show at any size. */
const seed = 20261202;
const runs = 4;

const cellName = (check: string, op: string) => `${check} ${op}`;

async function verifyStub(stub: Stub) {
  const server = await startServer(stub.options);
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  try {
    const result = await runVerify({
      target: opened.target, embedded: false, service: 'all', ops: [], checks: [], shard: { index: 1, count: 1 },
      runs, seed, auth: 'off', region: 'us-east-1', credentials: exampleCredentials, parallel: 6, timeLimitMs: 10_000,
      // Detection is the point here, not a small counterexample.
      shrink: false,
    });
    const applicable = result.cells.filter((c) => c.outcome.status !== 'skip');
    const isRight = (check: string, op: string) => stub.rightAt.some((r) => r.check === check && (r.ops?.(op) ?? true));
    const wrong = applicable.filter((c) => !isRight(c.check, c.operation)).map((c) => cellName(c.check, c.operation));
    // A cell cut short by the time limit fails the run, but it caught nothing: it does not count as caught.
    const caught = (c: (typeof applicable)[number]) => c.outcome.status === 'fail' && !/^only \d+ of \d+ cases finished/.test(c.outcome.failure.message);
    const failed = new Set(applicable.filter(caught).map((c) => cellName(c.check, c.operation)));
    return { conformant: result.conformant, wrong, failed, applicable: applicable.length };
  } finally {
    await opened.close();
    await server.close();
  }
}

describe('the tester is tested against gross failures: verify fails every cell where a plainly wrong server is wrong', () => {
  it.each(stubs.map((s) => [s.name, s] as const))('%s', { timeout: 180_000 }, async (_, stub) => {
    const { conformant, wrong, failed, applicable } = await verifyStub(stub);
    const falsePasses = wrong.filter((c) => !failed.has(c));
    // The README's zoo table is made of these lines.
    console.log(`zoo: ${stub.name}: ${failed.size} cells caught / ${wrong.length} cells where it is wrong (${applicable} applicable), false passes: ${falsePasses.length}`);
    expect(conformant, `${stub.description} was called conformant`).toBe(false);
    expect(falsePasses, `${stub.description}: cells that passed though the stub is wrong there`).toEqual([]);
  });
});
