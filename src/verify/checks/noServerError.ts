import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import { encodeRequest, type EncodedRequest } from '../../wire/encodeRequest.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { expectThat, propertyOutcome } from '../run/property.js';

/** Ways to spoil a body on the wire: cut, not JSON, wrong type, or sent as something else. */
const spoilers: ((e: EncodedRequest) => EncodedRequest)[] = [
  (e) => ({ ...e, body: (e.body ?? '{}').slice(0, Math.max(1, (e.body ?? '{}').length - 2)), headers: { 'content-type': 'application/json' } }),
  (e) => ({ ...e, body: '{"unterminated": ', headers: { 'content-type': 'application/json' } }),
  (e) => ({ ...e, headers: { 'content-type': 'text/plain' }, body: e.body ?? 'x' }),
  (e) => ({ ...e, body: '\u0000\u00ff', headers: { 'content-type': 'application/json' } }),
  (e) => e,
];

function requests(op: Operation): fc.Arbitrary<{ sent: EncodedRequest; request: unknown }> {
  const valid = arbitraries.validRequest(op.id).map((request) => ({ request, wire: encodeRequest(op, request) }));
  const any = fc.oneof(valid, arbitraries.invalidRequest(op.id));
  return fc.tuple(any, fc.constantFrom(...spoilers)).map(([c, spoil]) => ({ sent: spoil(c.wire), request: c.request }));
}

export const noServerError: Check = {
  name: 'no_server_error',
  restsOn: ['malformedRequests'],
  summary: 'valid, invalid and malformed requests (cut or non-JSON bodies, wrong content type) never get a 5xx',
  applies: () => true,
  safeOnAccount: 'cut and non-JSON bodies on every case, and valid Creates that name made-up resources: hostile traffic at volume',
  run: (ctx, op) =>
    propertyOutcome(ctx, 'no_server_error', op, requests(op), async ({ sent, request }) => {
      const answer = await ctx.target.raw(sent);
      // The body is in the curl line (redacted); the message says only its size.
      expectThat(answer.status < 500, () => `answered ${describeAnswer(answer)} to ${sent.method} ${sent.target} with a body of ${Buffer.byteLength(sent.body ?? '')} bytes`, request, sent);
    }),
};
