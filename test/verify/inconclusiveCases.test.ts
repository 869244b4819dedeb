import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { Inconclusive, Nonconformance, NotApplicable, type CheckContext } from '../../src/verify/run/check.js';
import { propertyOutcome } from '../../src/verify/run/property.js';
import { caseRuns } from '../../src/verify/run/untilAnswered.js';

const op = getOperation('voice.GetVoiceProfileDomain');
const target = { endpoint: 'http://127.0.0.1:1', raw: () => Promise.reject(new Error('unused')), sdk: () => Promise.reject(new Error('unused')), unique: (p: string) => p };
const ctx: CheckContext = { target, runs: 20, seed: 42, auth: 'off', credentials: exampleCredentials, region: 'us-east-1' };
const refused = () => new Inconclusive('voice.GetVoiceProfileDomain answered 429 ThrottledClientException to each of its 3 attempts');

describe('a case that got no real answer is run again, and never failed or shrunk for it', () => {
  it('passes a cell whose cases were each refused once, then answered', async () => {
    const runs = new Map<number, number>();
    const outcome = await propertyOutcome(ctx, 'c', op, fc.integer(), async (v) => {
      runs.set(v, (runs.get(v) ?? 0) + 1);
      if (runs.get(v) === 1) throw refused();
    });
    expect(outcome).toEqual({ status: 'pass', cases: 20 });
    expect([...runs.values()].every((n) => n === 2)).toBe(true);
  });

  it('makes a cell inconclusive, with the reason, when a case is refused every time it runs; nothing is shrunk', async () => {
    let calls = 0;
    const outcome = await propertyOutcome(ctx, 'c', op, fc.nat(), async (v) => {
      calls++;
      if (v % 2 === 0) throw refused();
    });
    expect(outcome.status).toBe('inconclusive');
    if (outcome.status !== 'inconclusive') return;
    expect(outcome.cases).toBe(20);
    expect(outcome.reason).toMatch(/^\d+ of 20 cases got no real answer, each run 4 times: voice\.GetVoiceProfileDomain answered 429 ThrottledClientException/);
    const refusedCases = Number(/^(\d+)/.exec(outcome.reason)?.[1]);
    // Each refused case ran caseRuns times, each other once: no shrinking, no case run more.
    expect(calls).toBe(refusedCases * caseRuns + (20 - refusedCases));
  });

  it('still fails a cell where another case broke the contract, and shrinks that failure only', async () => {
    const outcome = await propertyOutcome(ctx, 'c', op, fc.nat(1000), async (v) => {
      if (v < 5) throw refused();
      if (v > 10) throw new Nonconformance(`answered ${v}`, { v });
    });
    expect(outcome.status).toBe('fail');
    if (outcome.status === 'fail') expect(outcome.failure.message).toBe('answered 11');
  });

  it('keeps a cell not applicable when a case needs what no setup gives', async () => {
    const outcome = await propertyOutcome(ctx, 'c', op, fc.nat(), async (v) => {
      if (v % 2 === 0) throw refused();
      throw new NotApplicable('needs a live call');
    });
    expect(outcome).toMatchObject({ status: 'skip', reason: 'needs a live call' });
  });
});
