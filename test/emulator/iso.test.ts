import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { iso } from '../../src/emulator/core/context.js';

describe('iso: toISOString, from a cache of recent seconds', () => {
  const edges = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 59_999, 86_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, -1000, 1.5, 8.64e15, -8.64e15];
  it('the same text at the edges: epoch, millisecond digits, year 9999 and beyond, negatives, fractions', () => {
    for (const ms of edges) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });

  it('the same RangeError for times a Date cannot hold', () => {
    for (const ms of [NaN, Infinity, 8.64e15 + 1]) expect(() => iso(ms)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: -1e13, max: 3e14 }), fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 50 })])(
    'the same text for any time, and for times a few seconds apart read in any order (slots are reused)',
    (start, steps) => {
      for (const ms of [start, ...steps.map((s) => start + s)]) expect(iso(ms)).toBe(new Date(ms).toISOString());
    },
  );
});
