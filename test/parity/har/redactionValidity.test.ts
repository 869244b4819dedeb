import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraries } from '../../../src/arbitraries/index.js';
import { catalog, getOperation } from '../../../src/contract/catalog.js';
import { validateRequest, validateResponse } from '../../../src/contract/validate.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { redactor } from '../../../src/parity/har/redactor.js';
import { parseJson } from '../../../src/shared/parseJson.js';
import { errorShapeProblem } from '../../../src/verify/checks/errorShape.js';
import { decodeRequest } from '../../../src/wire/decodeRequest.js';
import { encodeRequest } from '../../../src/wire/encodeRequest.js';
import { route } from '../../../src/wire/route.js';

const create = getOperation('voice.CreateVoiceProfileDomain');
const bodyValue = (text: string): unknown => (text === '' ? undefined : (parseJson(text) as { ok: true; value: unknown }).value);

const exchangeOf = (opId: string, input: unknown, answer: { status: number; headers: Readonly<Record<string, string>>; body: unknown }): Exchange => {
  const wire = encodeRequest(getOperation(opId), input);
  const headers = Object.entries(wire.headers).map(([name, value]) => ({ name, value }));
  const answerHeaders = Object.entries(answer.headers).map(([name, value]) => ({ name, value }));
  const body = { text: answer.body === undefined ? '' : JSON.stringify(answer.body) };
  return {
    startedAt: '2026-11-02T10:00:00.000Z',
    durationMs: 40,
    request: { method: wire.method, target: wire.target, headers, body: { text: wire.body ?? '' } },
    response: { status: answer.status, headers: answerHeaders, body },
  };
};

/** What the contract says of an exchange, both ways: its request, and its answer (success schema or error shape). */
function verdict(e: Exchange): [boolean, boolean] {
  const q = e.request.target.indexOf('?');
  const query = new URLSearchParams(q < 0 ? '' : e.request.target.slice(q + 1));
  const match = route(e.request.method, q < 0 ? e.request.target : e.request.target.slice(0, q), query);
  if (!match) return [false, false];
  const request = validateRequest(match.op.id, decodeRequest(match.op, { labels: match.labels, query, body: bodyValue(e.request.body.text) })).valid;
  const headers = Object.fromEntries(e.response.headers.map((h) => [h.name.toLowerCase(), h.value]));
  const answer =
    e.response.status < 300
      ? validateResponse(match.op.id, bodyValue(e.response.body.text)).valid
      : errorShapeProblem(match.op, { status: e.response.status, headers, body: e.response.body.text }) === undefined;
  return [request, answer];
}

/**
 * The must-mask secrets (tokens, ARNs) are masked wherever they stand, as the docs promise: made distinct here, so
 * that what is tested is free text (tags), not a two-letter token that happens to stand inside another value.
 */
let made = 0;
const distinctSecrets = (v: unknown): unknown => {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(distinctSecrets);
  const secret = (k: string, x: unknown) =>
    k === 'ClientRequestToken' ? `Tok${++made}zqSecret` : /^(KmsKey|VoiceProfileDomain|VoiceProfile)Arn$/.test(k) ? `arn:aws:kms:us-east-1:123456789012:key/zq-${++made}` : distinctSecrets(x);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, secret(k, x)]));
};

/** Every string an exchange carries, as SDK input, answer body and answer headers: the texts a tag may equal. */
const stringsIn = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(stringsIn) : []);

// A later exchange of any operation, with its strings: tags are drawn among them, so that each may be echoed whole.
const later = fc
  .constantFrom(...catalog.map((op) => op.id))
  .chain((id) =>
    fc
      .record({ id: fc.constant(id), input: arbitraries.validRequest(id).map(distinctSecrets), answer: arbitraries.validResponse(id).map((a) => ({ ...a, body: distinctSecrets(a.body) })) })
      .map((l) => ({ ...l, strings: [...stringsIn(l.input), ...stringsIn(l.answer.body), ...Object.values(l.answer.headers)] })),
  );
const session = later.chain((l) =>
  fc.record({
    later: fc.constant(l),
    create: arbitraries.validRequest(create.id).map((r) => distinctSecrets(r) as Record<string, unknown>),
    createAnswer: arbitraries.validResponse(create.id).map((a) => ({ ...a, body: distinctSecrets(a.body) })),
    tags: fc.uniqueArray(fc.record({ Key: fc.constantFrom(...l.strings, 'k'), Value: fc.constantFrom(...l.strings, 'v') }), { minLength: 1, maxLength: 8, selector: (t) => t.Key }),
  }),
);

describe('redaction keeps what the contract accepted accepted', () => {
  it('property: tag keys and values equal to any later value (enum members, IDs, labels, error types) leave every valid request and answer valid', () => {
    fc.assert(
      fc.property(session, (s) => {
        const tags = s.tags.filter((t) => t.Key.length >= 1 && t.Key.length <= 128 && t.Value.length <= 256);
        fc.pre(tags.length > 0);
        const list = [exchangeOf(create.id, { ...s.create, Tags: tags }, s.createAnswer), exchangeOf(s.later.id, s.later.input, s.later.answer)];
        const redacted = list.map(redactor());
        list.forEach((e, i) => {
          const [request, answer] = verdict(e);
          const after = verdict(redacted[i] as Exchange);
          if (request) expect(after[0], `request ${i} of ${e.request.target}`).toBe(true);
          if (request && answer) expect(after[1], `answer ${i} of ${e.request.target}`).toBe(true);
        });
      }),
    );
  });

  it.each([
    ['Caller', 'voice.StartSpeakerSearchTask', { VoiceConnectorId: 'abcdef1ghij2klmnop3qrs', TransactionId: 'tx-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Caller' }],
    ['en-US', 'voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: 'abcdef1ghij2klmnop3qrs', TransactionId: 'tx-1', LanguageCode: 'en-US' }],
  ])('a tag %s leaves %s valid, with the member as it was sent', (tag, id, input) => {
    const redact = redactor();
    const tagged = exchangeOf(create.id, { Name: 'd', Tags: [{ Key: 'leg', Value: tag }] }, { status: 201, headers: {}, body: undefined });
    expect(bodyValue(redact(tagged).request.body.text)).toMatchObject({ Tags: [{ Key: 'redacted-0001', Value: 'redacted-0002' }] });
    const start = redact(exchangeOf(id, input, { status: 400, headers: { 'x-amzn-errortype': 'BadRequestException' }, body: { Message: `no call for ${tag} (leg)` } }));
    expect(verdict(start)[0]).toBe(true);
    expect(bodyValue(start.request.body.text)).toEqual(Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'VoiceConnectorId')));
    // Free text still hides the tag: an error message that echoes it.
    expect(bodyValue(start.response.body.text)).toEqual({ Message: 'no call for redacted-0002 (redacted-0001)' });
  });
});
