import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import type { WireAnswer } from '../../src/verify/reach/rawClient.js';
import { countingRetries } from '../../src/verify/reach/retryCount.js';
import { retrying } from '../../src/verify/reach/retrying.js';
import type { Target } from '../../src/verify/reach/target.js';
import { Inconclusive } from '../../src/verify/run/check.js';
import { fakeClock } from '../support/fakeClock.js';

const throttled: WireAnswer = { status: 429, headers: { 'x-amzn-errortype': 'ThrottledClientException' }, body: '{"Message":"Rate exceeded"}' };
const unavailable: WireAnswer = { status: 503, headers: { 'x-amzn-errortype': 'ServiceUnavailableException' }, body: '{}' };
const ok: WireAnswer = { status: 200, headers: {}, body: '{}' };
const request = { method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined };
const op = getOperation('voice.GetVoiceProfileDomain');

/** A target answering each request from its own script: answers in turn, the last one from then on. */
function scripted(script: readonly WireAnswer[]) {
  const sent: number[] = [];
  const next = (n: number) => script[Math.min(n, script.length - 1)] as WireAnswer;
  const target: Target = {
    endpoint: 'http://127.0.0.1:1',
    raw: async () => next(sent.push(0) - 1),
    sdk: async () => ({ answer: next(sent.push(0) - 1) }),
    unique: (p) => p,
  };
  return { target, sent };
}

describe('retrying: throttled and unavailable answers are sent again, as the AWS SDK does', () => {
  it('retries a throttled request until it is answered, waiting within the SDK bounds, and counts the retries', async () => {
    const { clock, slept, run } = fakeClock();
    const { target, sent } = scripted([throttled, throttled, ok]);
    const t = retrying(target, { maxAttempts: 3, clock });
    const { value, retries } = await run(countingRetries(() => t.raw(request)));
    expect(value.status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(retries).toBe(2);
    expect(slept).toHaveLength(2);
    expect(slept[0]).toBeLessThan(1000);
    expect(slept[1]).toBeLessThan(2000);
  });

  it('throws Inconclusive after the last attempt, naming the request and the answer', async () => {
    const { clock, run } = fakeClock();
    const { target, sent } = scripted([throttled]);
    const t = retrying(target, { maxAttempts: 3, clock });
    let error: unknown;
    const { retries } = await run(countingRetries(() => t.raw(request).catch((e: unknown) => void (error = e))));
    expect(error).toBeInstanceOf(Inconclusive);
    expect((error as Error).message).toBe('GET /voice-profile-domains answered 429 ThrottledClientException {"Message":"Rate exceeded"} to each of its 3 attempts');
    expect(sent).toHaveLength(3);
    expect(retries).toBe(2);
  });

  it('--max-attempts 1 retries nothing: the first refusal is inconclusive, at once', async () => {
    const { clock, slept, run } = fakeClock();
    const { target, sent } = scripted([unavailable, ok]);
    await expect(run(retrying(target, { maxAttempts: 1, clock }).raw(request))).rejects.toBeInstanceOf(Inconclusive);
    expect(sent).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('retries SDK calls on the raw answer they carry, a 503 on the transient base (50 ms)', async () => {
    const { clock, slept, run } = fakeClock();
    const { target, sent } = scripted([unavailable, { ...ok, status: 200 }]);
    const exchange = await run(retrying(target, { maxAttempts: 3, clock, random: () => 0.999 }).sdk(op, {}));
    expect(exchange.answer.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(slept).toEqual([49]);
  });

  it('returns a 500 or a 400 as it is: they are answers, for the checks to judge', async () => {
    const { clock, run } = fakeClock();
    for (const status of [500, 400]) {
      const { target, sent } = scripted([{ status, headers: {}, body: '' }, ok]);
      expect((await run(retrying(target, { maxAttempts: 3, clock }).raw(request))).status).toBe(status);
      expect(sent).toHaveLength(1);
    }
  });

  it('retries each of concurrent twins on its own, and a sender of a check’s own too', async () => {
    const { clock, run } = fakeClock();
    let n = 0;
    // The eight twins' first attempts are throttled, their second answered.
    const flip: Target = { endpoint: 'x', raw: async () => (n++ < 8 ? throttled : ok), sdk: async () => ({ answer: ok }), unique: (p) => p };
    const t = retrying(flip, { maxAttempts: 3, clock });
    const { value, retries } = await run(countingRetries(() => Promise.all(Array.from({ length: 8 }, () => t.raw(request)))));
    expect(value.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(retries).toBe(8);
    expect(n).toBe(16);
    let own = 0;
    const mine = t.retried?.(async () => (own++ === 0 ? throttled : ok));
    expect((await run(mine?.(request) ?? Promise.reject(new Error('no retried')))).status).toBe(200);
    expect(own).toBe(2);
  });
});
