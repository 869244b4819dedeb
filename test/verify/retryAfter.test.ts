import { describe, expect, it } from 'vitest';
import type { WireAnswer } from '../../src/verify/reach/rawClient.js';
import { hintedDelayMs, retryAfterMs } from '../../src/verify/reach/retryAfter.js';
import { retrying } from '../../src/verify/reach/retrying.js';
import type { Target } from '../../src/verify/reach/target.js';
import { fakeClock } from '../support/fakeClock.js';

const answer = (headers: Record<string, string>): WireAnswer => ({ status: 429, headers, body: '{}' });
const now = Date.parse('2026-12-07T10:00:00Z');

describe('Retry-After, read as the AWS SDK reads it', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': 'Mon, 07 Dec 2026 10:00:03 GMT' }, 3000],
    [{ 'x-amz-retry-after': '750' }, 750],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j asks for %s ms', (headers, ms) => {
    expect(retryAfterMs(answer(headers), now)).toBe(ms);
  });

  it('raises the backoff to the hint, never more than 5 s past the backoff', () => {
    expect(hintedDelayMs(300, undefined)).toBe(300);
    expect(hintedDelayMs(300, 2000)).toBe(2000);
    expect(hintedDelayMs(300, 100)).toBe(300);
    expect(hintedDelayMs(300, 3_600_000)).toBe(5300);
  });

  it('a throttled answer with retry-after: 2 is retried after 2 s, not after the drawn backoff', async () => {
    const { clock, slept, run } = fakeClock();
    let n = 0;
    const ok: WireAnswer = { status: 200, headers: {}, body: '{}' };
    const target: Target = { endpoint: 'http://127.0.0.1:1', raw: async () => (n++ === 0 ? answer({ 'retry-after': '2' }) : ok), sdk: async () => ({ answer: ok }), unique: (p) => p };
    const got = await run(retrying(target, { maxAttempts: 3, clock, random: () => 0 }).raw({ method: 'GET', target: '/x', headers: {}, body: undefined }));
    expect(got.status).toBe(200);
    expect(slept).toEqual([2000]);
  });
});
