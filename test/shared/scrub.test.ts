import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hidden, scrub } from '../../src/shared/scrub.js';

describe('scrub', () => {
  it('replaces every occurrence of every secret, and ignores empty ones', () => {
    expect(scrub('token=abc, again abc; other=xyz', ['abc', '', 'xyz'])).toBe(`token=${hidden}, again ${hidden}; other=${hidden}`);
  });

  it('leaves no secret in the text it returns', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.stringMatching(/^s3[a-z]{4,12}$/), (parts, secret) => {
        expect(scrub(parts.join(secret), [secret])).not.toContain(secret);
      }),
    );
  });
});
