import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/verify/report/safeText.js';

// Written out here, not imported: the test states the rule instead of repeating the implementation.
const unsafeRanges: readonly (readonly [number, number])[] = [
  [0x00, 0x1f], // C0, ESC, CR and LF included
  [0x7f, 0x9f], // DEL and C1
  [0x061c, 0x061c], // Arabic letter mark
  [0x200e, 0x200f], // LRM, RLM
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // embeddings and overrides
  [0x2066, 0x2069], // isolates
];
const isUnsafe = (code: number): boolean => unsafeRanges.some(([lo, hi]) => code >= lo && code <= hi);
const unsafeChar = fc.constantFrom(...unsafeRanges.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCharCode(lo + i))));
const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary' }), unsafeChar)).map((parts) => parts.join(''));
const printable = fc.string({ unit: 'binary' }).map((s) => [...s].filter((c) => !isUnsafe(c.codePointAt(0) ?? 0)).join(''));

describe('safeText', () => {
  it('leaves no character a terminal acts on', () => {
    fc.assert(fc.property(anyText, (text) => [...safeText(text)].every((c) => !isUnsafe(c.codePointAt(0) ?? 0))));
  });

  it('leaves printable text as it is', () => {
    fc.assert(fc.property(printable, (text) => safeText(text) === text));
  });

  it('is idempotent: text already made safe is not escaped twice', () => {
    fc.assert(fc.property(anyText, (text) => safeText(safeText(text)) === safeText(text)));
  });

  it('shows what it escaped', () => {
    expect(safeText('\x1b]0;owned\x07\nCONFORMANT\u009b\u202e')).toBe('\\u001b]0;owned\\u0007\\u000aCONFORMANT\\u009b\\u202e');
  });
});
