import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { noFaults } from '../../src/emulator/wire/faults.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { openTarget, quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { runVerify } from '../../src/verify/run/runVerify.js';
import { mutants } from './mutants.js';

/** Fixed seed and few runs: CI must be deterministic and quick; every mutant is still caught at this size. */
const seed = 20261122;
const runs = 4;

/** A failure message that judged a throttled answer: a check writes an answer as "answered 429 …" or "got 429 …". */
const throttleJudged = /(?:answered|got|then|:) 429\b|Throttl/;

/** One request in five answered 429, as `serve --faults throttle=0.2`: a mutant that also throttles is still caught. */
const throttled = { ...noFaults, throttle: 0.2, seed: 9 };

async function verifyAgainst(options: Parameters<typeof startServer>[0], auth: 'off' | 'strict', checks: string[] = []) {
  const server = await startServer({ lifecycle: quickLifecycle, ...options });
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth });
  try {
    const result = await runVerify({
      target: opened.target,
      embedded: false,
      service: 'all',
      ops: [],
      checks,
      shard: { index: 1, count: 1 },
      runs,
      seed,
      auth,
      region: 'us-east-1',
      credentials: exampleCredentials,
      // A throttled run mostly sleeps out backoffs: more cells at once keep it short.
      parallel: options?.faults ? 16 : 6,
      // Backoffs (up to 1 s, then 2 s) would cut throttled cells short of what they are here to catch.
      // Without faults, room for a loaded CI machine: a cell cut short there would be read as the emulator's fault.
      timeLimitMs: options?.faults ? 60_000 : 20_000,
      // Detection is the point here, not a minimal counterexample: no shrinking.
      shrink: false,
    });
    const failed = result.cells.filter((c) => c.outcome.status === 'fail');
    const failing = [...new Set(failed.map((c) => c.check))];
    // Said on failure only: which cells failed and why, to tell a flaky check from a caught mutant.
    const why = failed.map((c) => `${c.check} ${c.operation}: ${c.outcome.status === 'fail' ? c.outcome.failure.message : ''}`);
    return { conformant: result.conformant, failing, why };
  } finally {
    await Promise.all([opened.close(), server.close()]);
  }
}

describe.concurrent('the tester is tested: verify fails every mutant, naming the check that caught it', () => {
  it('passes the real emulator (auth off and strict)', async () => {
    expect((await verifyAgainst({}, 'off')).why).toEqual([]);
    expect((await verifyAgainst({ auth: 'strict' }, 'strict')).why).toEqual([]);
  });

  // Each mutant under the check said to catch it (and what that check needs): cells draw their cases from the
  // seed, check and operation alone, so they run as in a whole run, and the whole run is the emulator's above.
  it.each(mutants.map((m) => [m.name, m] as const))('%s', { timeout: 120_000 }, async (_, mutant) => {
    const { conformant, failing } = await verifyAgainst(mutant.options, mutant.verify?.auth ?? 'off', [mutant.caughtBy, ...(mutant.needs ?? [])]);
    expect(conformant, `${mutant.deviation} went unnoticed`).toBe(false);
    expect(failing, `${mutant.deviation}: caught by ${failing.join(', ')}`).toContain(mutant.caughtBy);
  });
});

describe('what counts as a throttled answer reaching a check', () => {
  it('is a 429 as a check writes an answer, not a 429 inside an ID or a timestamp', () => {
    expect('an unsigned request answered 429 ThrottledClientException {"Message":"slow down"}').toMatch(throttleJudged);
    expect('breaking required at /Name got 429 ThrottledClientException {}; expected 400 BadRequestException').toMatch(throttleJudged);
    expect('an unsigned request answered 201 {"VoiceProfileDomain":{"VoiceProfileDomainId":"0c1d2e3f-a429-4b5c-9d8e-0123456789ab"}}').not.toMatch(throttleJudged);
    expect('CreatedTimestamp 1796631898.429 is 0 ms from now').not.toMatch(throttleJudged);
  });
});

describe.concurrent('a mutant that also throttles is still caught: the check that catches it fails with one request in five answered 429', () => {
  it.each(mutants.map((m) => [m.name, m] as const))('%s, throttled', { timeout: 120_000 }, async (_, mutant) => {
    const { conformant, failing, why } = await verifyAgainst({ ...mutant.options, faults: throttled }, mutant.verify?.auth ?? 'off', [mutant.caughtBy, ...(mutant.needs ?? [])]);
    expect(conformant, `${mutant.deviation} went unnoticed behind the throttling`).toBe(false);
    expect(failing, `${mutant.deviation}: ${why.join('; ')}`).toContain(mutant.caughtBy);
    // Caught by its deviation, not by a 429 that reached the check: those are retried, never judged. A 429 as
    // a check writes an answer ("answered 429 …", "got 429 …"), not any "429" in a message: an ID such as
    // …-a429-… or a timestamp such as 1796631898.429 is no such answer (the looser pattern failed on random IDs).
    expect(why.join('\n')).not.toMatch(throttleJudged);
  });
});
