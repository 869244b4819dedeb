import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPool } from '../../src/verify/run/inPool.js';

describe('inPool', () => {
  it('runs every item once with its index, never more than atOnce at a time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3 })), fc.integer({ min: 1, max: 6 }), async (delays, atOnce) => {
        const seen: number[] = [];
        let running = 0;
        let most = 0;
        await inPool(delays, atOnce, async (delay, i) => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, delay));
          seen.push(i);
          running--;
        });
        expect(seen.sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
        expect(most).toBeLessThanOrEqual(atOnce);
      }),
      { numRuns: 30 },
    );
  });

  it('rejects when a run rejects', async () => {
    await expect(inPool([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : undefined))).rejects.toThrow('two');
  });
});
