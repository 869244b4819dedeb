import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/shared/fnv1a.js';

describe('fnv1a', () => {
  it('is 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('continues a hash from its basis, so parts hash as their join would', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(fnv1a(b, fnv1a(a))).toBe(fnv1a(a + b));
      }),
    );
  });

  it('is unsigned 32 bits for any basis, a negative or fractional seed included', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.integer(), fc.double({ noNaN: true })), (text, basis) => {
        const h = fnv1a(text, basis);
        expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
        expect(h).toBe(fnv1a(text, basis >>> 0));
      }),
    );
  });
});
