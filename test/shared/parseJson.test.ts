import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/shared/parseJson.js';

describe('parseJson', () => {
  it('gives what JSON.parse gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
    );
  });

  it("does not throw on text that is not JSON, and keeps the parser's message (readBody reads its position)", () => {
    for (const text of ['', '{', '{"a":1,}', 'undefined', '\u0000']) {
      let thrown = '';
      try {
        JSON.parse(text);
      } catch (e) {
        thrown = (e as Error).message;
      }
      expect(parseJson(text)).toEqual({ ok: false, message: thrown });
    }
  });
});
