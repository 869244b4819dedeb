import { describe, expect, it } from 'vitest';
import type { WireAnswer } from '../../src/verify/reach/rawClient.js';
import { retrying } from '../../src/verify/reach/retrying.js';
import type { Target } from '../../src/verify/reach/target.js';
import { fakeClock } from '../support/fakeClock.js';

const request = { method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined };

/** The most requests sent within any one second (a window [t, t + 1000)). */
const busiestSecond = (times: readonly number[]): number => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));

describe('--rate: requests per second across the run, on a clock that moves only when told', () => {
  it('sends 40 requests fired at once at most 10 in any second, one slot 100 ms after another', async () => {
    const { clock, run } = fakeClock();
    const sentAt: number[] = [];
    const target: Target = {
      endpoint: 'x',
      raw: async () => (sentAt.push(clock.now()), { status: 200, headers: {}, body: '' }),
      sdk: async () => ({ answer: { status: 200, headers: {}, body: '' } }),
      unique: (p) => p,
    };
    const t = retrying(target, { maxAttempts: 3, rate: 10, clock });
    await run(Promise.all(Array.from({ length: 40 }, () => t.raw(request))));
    expect(sentAt).toHaveLength(40);
    expect(busiestSecond(sentAt)).toBe(10);
    expect(sentAt.slice(1).map((at, i) => at - (sentAt[i] as number))).toEqual(Array(39).fill(100));
  });

  it('counts retries and SDK calls against the same cap, and lets a rate below one through', async () => {
    const { clock, run } = fakeClock();
    const sentAt: number[] = [];
    let n = 0;
    const answer = (): WireAnswer => (sentAt.push(clock.now()), n++ < 8 ? { status: 429, headers: {}, body: '' } : { status: 200, headers: {}, body: '' });
    const target: Target = { endpoint: 'x', raw: async () => answer(), sdk: async () => ({ answer: answer() }), unique: (p) => p };
    const t = retrying(target, { maxAttempts: 3, rate: 4, clock, random: () => 0 });
    await run(Promise.all([...Array.from({ length: 12 }, () => t.raw(request)), ...Array.from({ length: 12 }, () => t.sdk({} as never, {}))]));
    expect(sentAt).toHaveLength(32);
    expect(busiestSecond(sentAt)).toBe(4);
    const slow = fakeClock();
    const twice: number[] = [];
    const lazy = retrying({ ...target, raw: async () => (twice.push(slow.clock.now()), { status: 200, headers: {}, body: '' }) }, { maxAttempts: 1, rate: 0.5, clock: slow.clock });
    await slow.run(Promise.all([lazy.raw(request), lazy.raw(request)]));
    expect(twice[1] as number).toBe((twice[0] as number) + 2000);
  });
});
