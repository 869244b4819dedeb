import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegex } from '../../src/shared/escapeRegex.js';

describe('escapeRegex', () => {
  it('makes any text match itself, and only itself, as a whole pattern', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, other) => {
        const pattern = new RegExp(`^${escapeRegex(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        expect(pattern.test(other)).toBe(other === text);
      }),
    );
  });
});
