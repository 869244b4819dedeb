import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { openTarget } from '../../src/verify/reach/openTarget.js';
import { runVerify } from '../../src/verify/run/runVerify.js';
import { throttling } from './stubServer.js';
import { stubs, type Stub } from './stubs.js';

/** Fixed seed and few runs, as for the mutants: CI must be deterministic; gross failures show at any size. */
const seed = 20261202;
const runs = 4;

const cellName = (check: string, op: string): string => `${check} ${op}`;

/** The share of requests the throttled variants answer 429, as `serve --faults throttle=0.2` does. */
const throttled = 0.2;

async function verifyStub(stub: Stub, share = 0) {
  const server = await startServer(share > 0 ? throttling(stub.options, share) : stub.options);
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  try {
    const result = await runVerify({
      target: opened.target,
      embedded: false,
      service: 'all',
      ops: [],
      checks: [],
      shard: { index: 1, count: 1 },
      runs,
      seed,
      auth: 'off',
      region: 'us-east-1',
      credentials: exampleCredentials,
      // Throttled runs mostly sleep out backoffs: more cells at once keep them short.
      parallel: share > 0 ? 16 : 6,
      // Backoffs (up to 1 s, then 2 s) would cut throttled cells short of what they are here to catch.
      timeLimitMs: share > 0 ? 60_000 : 10_000,
      // Detection is the point here, not a small counterexample.
      shrink: false,
    });
    const applicable = result.cells.filter((c) => c.outcome.status !== 'skip');
    const isRight = (check: string, op: string) => stub.rightAt.some((r) => r.check === check && (r.ops?.(op) ?? true));
    const messageOf = (c: (typeof applicable)[number]) => (c.outcome.status === 'fail' ? c.outcome.failure.message : undefined);
    // A cell cut short by the time limit fails the run, but it caught nothing; a setup step that failed caught the
    // stub at another operation than the cell's own. Both are counted apart from the check's own assertion.
    const timedOut = (m: string) => /^only \d+ of \d+ cases finished/.test(m);
    const atSetup = (m: string) => m.startsWith('the check could not run: setup');
    const wrong = applicable.filter((c) => !isRight(c.check, c.operation));
    const assertion = wrong.filter((c) => {
      const m = messageOf(c);
      return m !== undefined && !timedOut(m) && !atSetup(m);
    });
    const setup = wrong.filter((c) => {
      const m = messageOf(c);
      return m !== undefined && atSetup(m);
    });
    const falsePasses = wrong.filter((c) => !assertion.includes(c) && !setup.includes(c)).map((c) => cellName(c.check, c.operation));
    // Where a stub is said to be right, a check may fail only at setup or the time limit: else the claim is untrue.
    const rightButFailed = applicable
      .filter((c) => isRight(c.check, c.operation))
      .filter((c) => {
        const m = messageOf(c);
        return m !== undefined && !timedOut(m) && !atSetup(m);
      });
    return {
      conformant: result.conformant,
      wrong: wrong.length,
      assertion: assertion.length,
      setup: setup.length,
      falsePasses,
      rightButFailed: rightButFailed.map((c) => `${cellName(c.check, c.operation)}: ${messageOf(c)}`),
      applicable: applicable.length,
      retries: result.cells.reduce((n, c) => n + c.retries, 0),
    };
  } finally {
    await opened.close();
    await server.close();
  }
}

describe('the tester is tested against gross failures: verify fails every cell where a plainly wrong server is wrong', () => {
  it.each(stubs.map((s) => [s.name, s] as const))('%s', { timeout: 180_000 }, async (_, stub) => {
    const r = await verifyStub(stub);
    // The README's zoo table is made of these lines.
    console.log(`zoo: ${stub.name}: wrong in ${r.wrong} of ${r.applicable} cells; caught by the check ${r.assertion}, failed at setup ${r.setup}; false passes ${r.falsePasses.length}`);
    expect(r.conformant, `${stub.description} was called conformant`).toBe(false);
    expect(r.falsePasses, `${stub.description}: cells that passed (or only timed out) though the stub is wrong there`).toEqual([]);
    expect(r.rightButFailed, `${stub.description}: cells listed as right that a check failed`).toEqual([]);
  });
});

describe.concurrent('a wrong server that also throttles is still wrong: the same cells fail with one request in five answered 429', () => {
  it.each(stubs.map((s) => [s.name, s] as const))('%s, throttled', { timeout: 180_000 }, async (_, stub) => {
    const r = await verifyStub(stub, throttled);
    console.log(`zoo: ${stub.name}, throttled: wrong in ${r.wrong} of ${r.applicable} cells; caught by the check ${r.assertion}, failed at setup ${r.setup}; retries ${r.retries}`);
    expect(r.conformant, `${stub.description} was called conformant`).toBe(false);
    expect(r.retries, 'no request was retried: the throttling front is not in the way').toBeGreaterThan(0);
    expect(r.falsePasses, `${stub.description}: cells that passed, were inconclusive or only timed out though the stub is wrong there`).toEqual([]);
    expect(r.rightButFailed, `${stub.description}: cells listed as right that a check failed`).toEqual([]);
  });
});
