import { describe, expect, it } from 'vitest';
import { compareAnswers, type ComparedAnswer } from '../../../src/parity/compare/compareAnswers.js';
import { describeDifference } from '../../../src/parity/compare/difference.js';
import { normalisers } from '../../../src/parity/compare/normalisers/index.js';

const answer = (body: unknown, status = 200, errorType?: string): ComparedAnswer => ({ status, errorType, body: Buffer.from(JSON.stringify(body)) });
const ids = new Map([
  ['rec-domain', 'new-domain'],
  ['arn:aws:chime:us-east-1:000000000000:voice-profile-domain/redacted-0001', 'arn:aws:chime:eu-west-1:111122223333:voice-profile-domain/new-domain'],
]);
/** How two bodies differ after normalising, as the parity table says it. */
const how = (recorded: ComparedAnswer, replayed: ComparedAnswer): string[] => compareAnswers(recorded, replayed, ids).map(describeDifference);

describe('normalisers', () => {
  it('are these, in this order', () => {
    expect(normalisers.map((n) => n.name)).toEqual(['identities', 'arns', 'timestamps', 'requestIds', 'errorMessages', 'listOrder']);
  });

  it('identities: a recorded ID equals the one the target made in its place; another ID still differs', () => {
    expect(how(answer({ D: { Id: 'rec-domain' } }), answer({ D: { Id: 'new-domain' } }))).toEqual([]);
    expect(how(answer({ D: { Id: 'rec-domain' } }), answer({ D: { Id: 'someone-else' } }))).toEqual(['value /D/Id "new-domain" → "someone-else"']);
  });

  it("arns: an ARN's account and region do not matter; its resource does, and so does a lost account", () => {
    expect(how(answer({ K: 'arn:aws:kms:us-east-1:000000000000:key/k' }), answer({ K: 'arn:aws:kms:eu-west-1:111122223333:key/k' }))).toEqual([]);
    expect(how(answer({ K: 'arn:aws:kms:us-east-1:000000000000:key/k' }), answer({ K: 'arn:aws:kms:us-east-1:000000000000:key/j' }))).toEqual([
      'value /K "arn:aws:kms:<region>:<account>:key/k" → "arn:aws:kms:<region>:<account>:key/j"',
    ]);
    expect(how(answer({ K: 'arn:aws:kms:us-east-1:000000000000:key/k' }), answer({ K: 'arn:aws:kms:us-east-1::key/k' }))).toEqual([
      'value /K "arn:aws:kms:<region>:<account>:key/k" → "arn:aws:kms:<region>::key/k"',
    ]);
  });

  it('timestamps: when differs, the form does not; a missing one, or an epoch for an ISO 8601 one, still differs', () => {
    expect(how(answer({ T: { CreatedTimestamp: '2026-11-02T10:00:00.000Z', At: 1700000000.5 } }), answer({ T: { CreatedTimestamp: '2026-12-07T09:03:09.551Z', At: 1700000000.5 } }))).toEqual([]);
    expect(how(answer({ T: { CreatedTimestamp: 1700000000.5 } }), answer({ T: { CreatedTimestamp: 1800000000 } }))).toEqual([]);
    expect(how(answer({ T: { CreatedTimestamp: '2026-11-02T10:00:00Z', UpdatedTimestamp: '2026-11-02T10:00:00Z' } }), answer({ T: { CreatedTimestamp: 1800000000 } }))).toEqual([
      'value /T/CreatedTimestamp "<ISO 8601>" → "<epoch seconds>"',
      'member missing /T/UpdatedTimestamp',
    ]);
  });

  it("requestIds: an error body's RequestId is one request's; its absence is not", () => {
    expect(how(answer({ Code: 'NotFound', RequestId: 'a' }, 404), answer({ Code: 'NotFound', RequestId: 'b' }, 404))).toEqual([]);
    expect(how(answer({ Code: 'NotFound', RequestId: 'a' }, 404), answer({ Code: 'NotFound' }, 404))).toEqual(['member missing /RequestId']);
  });

  it("errorMessages: an error's Message is compared for being there, not for its words", () => {
    expect(how(answer({ Code: 'BadRequest', Message: 'Invalid domain' }, 400), answer({ Code: 'BadRequest', Message: '1 validation error detected' }, 400))).toEqual([]);
    expect(how(answer({ Code: 'BadRequest', Message: 'Invalid domain' }, 400), answer({ Code: 'BadRequest', message: 'x' }, 400))).toEqual(['member missing /Message', 'member added /message']);
    // Only in errors: a success's members named Message are data.
    expect(how(answer({ Message: 'a' }), answer({ Message: 'b' }))).toEqual(['value /Message "a" → "b"']);
  });

  it('listOrder: lists of objects compare whatever their order, by their ID member; a missing item still differs', () => {
    const a = { VoiceProfileDomainId: 'rec-domain', Name: 'a' };
    const b = { VoiceProfileDomainId: 'zzz', Name: 'b' };
    expect(how(answer({ L: [a, b], S: ['x', 'y'] }), answer({ L: [b, { ...a, VoiceProfileDomainId: 'new-domain' }], S: ['x', 'y'] }))).toEqual([]);
    expect(how(answer({ L: [a, b] }), answer({ L: [b] }))).toEqual(['value /L/0/VoiceProfileDomainId "new-domain" → "zzz"', 'value /L/0/Name "a" → "b"', 'member missing /L/1']);
    expect(how(answer({ S: ['x', 'y'] }), answer({ S: ['y', 'x'] }))).toEqual(['value /S/0 "x" → "y"', 'value /S/1 "y" → "x"']);
  });
});

describe('comparing answers', () => {
  it('compares the status and error type first, and the bodies only when both agree', () => {
    expect(how(answer({ A: 1 }, 201), answer({ B: 2 }, 404, 'NotFoundException'))).toEqual(['status 201 → 404', 'error type none → NotFoundException']);
    expect(how(answer({}, 409, 'ConflictException'), answer({}, 409, 'BadRequestException'))).toEqual(['error type ConflictException → BadRequestException']);
    expect(how(answer({ A: 1 }), answer({ A: 1, B: { C: 2 } }))).toEqual(['member added /B']);
  });

  it('compares bodies that are not JSON as bytes, and says where they part', () => {
    const bytes = (text: string): ComparedAnswer => ({ status: 200, errorType: undefined, body: Buffer.from(text) });
    expect(how(bytes('<html>ok'), bytes('<html>ok'))).toEqual([]);
    expect(how(bytes('<html>ok'), bytes('<html>no!'))).toEqual(['body bytes differ at byte 6 (8 → 9 bytes)']);
    expect(how(bytes(''), bytes('{"A":1}'))).toEqual(['value / none → {"A":1}']);
  });

  it('escapes member names in pointers and cuts long values short', () => {
    expect(how(answer({ 'a/b~c': 'x'.repeat(100) }), answer({ 'a/b~c': 'y' }))).toEqual([`value /a~1b~0c "${'x'.repeat(58)}… → "y"`]);
  });
});
