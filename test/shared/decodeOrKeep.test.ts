import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOrKeep } from '../../src/shared/decodeOrKeep.js';

describe('decodeOrKeep', () => {
  it('decodes what encodeURIComponent wrote', () => {
    fc.assert(fc.property(fc.string(), (text) => void expect(decodeOrKeep(encodeURIComponent(text))).toBe(text)));
  });

  it('keeps text that is not valid percent-encoding as sent', () => {
    for (const text of ['%', '100%', '%zz', '%E0%A4%A']) expect(decodeOrKeep(text)).toBe(text);
  });
});
