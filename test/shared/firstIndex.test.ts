import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../src/shared/firstIndex.js';

describe('firstIndex', () => {
  it('finds where a prefix predicate stops holding, as a scan would, also over ranges past 2^53 / 2', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const range = fc.tuple(fc.integer({ min: -big, max: big }), fc.nat(2_000)).map(([lo, n]) => ({ lo: Math.min(lo, big - n), n }));
    fc.assert(
      fc.property(range, fc.nat(2_001), ({ lo, n }, cut) => {
        const boundary = lo + Math.min(cut, n);
        const got = firstIndex(lo, lo + n, (i) => i < boundary);
        let scanned = lo;
        while (scanned < lo + n && scanned < boundary) scanned++;
        expect(got).toBe(scanned);
      }),
    );
  });

  it('searches the widest range it is given in few steps', () => {
    let steps = 0;
    expect(firstIndex(-8.64e15, 8.64e15, (t) => (steps++, t < 123_456_789))).toBe(123_456_789);
    expect(steps).toBeLessThanOrEqual(55);
  });
});
