import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactJsonText } from '../../src/verify/report/redact.js';

/** Secret values carry a marker no other generated text has, so even a piece of one is visible. */
const secret = fc.stringMatching(/^[a-z]{6,20}$/).map((s) => `s3${s}`);
const other = fc.stringMatching(/^[a-z ]{0,12}$/);
const secretMember = fc.constantFrom('VoiceProfileDomainArn', 'KmsKeyArn', 'ClientRequestToken');

/** An answer-like JSON value with secret members at any depth, next to ordinary ones. */
const answer: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    other,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('Name', 'Status', 'Items', 'Details'), tie('node'), { maxKeys: 3 }),
    fc.tuple(secretMember, secret, tie('node')).map(([name, value, rest]) => ({ [name]: value, Rest: rest })),
  ),
})).node;

describe('redactJsonText', () => {
  it('hides every sensitive member of an answer, at any depth, whatever the spacing', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom(undefined, 2), (value, indent) => {
        expect(redactJsonText(JSON.stringify(value, null, indent))).not.toContain('s3');
      }),
      { numRuns: 500 },
    );
  });

  it('hides them in a body cut anywhere, which is no longer JSON', () => {
    fc.assert(
      fc.property(answer, fc.nat(), (value, at) => {
        const text = JSON.stringify(value);
        const cut = text.slice(0, at % (text.length + 1));
        // A cut inside a member name leaves no value to hide; any piece of a value after its name is hidden.
        expect(redactJsonText(cut)).not.toContain('s3');
      }),
      { numRuns: 500 },
    );
  });
});
