import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRequest, validateResponse } from '../../../src/contract/validate.js';
import { parseJson } from '../../../src/shared/parseJson.js';
import { sha256Hex } from '../../../src/shared/sha256.js';
import { bodyBytes, bodyOf as bodyOfBytes, type Exchange, headerValue } from '../../../src/parity/exchange.js';
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { redactor } from '../../../src/parity/har/redactor.js';
import { decodeRequest } from '../../../src/wire/decodeRequest.js';
import { route } from '../../../src/wire/route.js';
import { exchanges } from './harSupport.js';
import { testTempDir } from '../../support/tempDir.js';

const secret = {
  token: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
  token2: 'c0ffee00-1111-2222-3333-444455556666',
  kmsKey: '1234abcd-12ab-34cd-56ef-1234567890ab',
  domainArn: 'arn:aws:chime:us-east-1:123456789012:voice-profile-domain/4d8bd0f2-8ba1-4d30-8e34-a7d2fbbb3b2a',
  tagKey: 'cost-centre-77xq',
  tagValue: 'project-hush-4491',
  accessKey: 'ASIAQWERTYUIOP123456',
  signature: '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
  sessionToken: 'IQoJb3JpZ2luX2VjEHsessionTOKENvalue0123456789abcdefXYZ',
  presignKey: 'AKIAPRESIGNED0000001',
};
const kmsArn = `arn:aws:kms:us-east-1:123456789012:key/${secret.kmsKey}`;
const kmsPlaceholder = 'arn:aws:kms:us-east-1:000000000000:key/redacted-0001';
const domainPlaceholder = 'arn:aws:chime:us-east-1:000000000000:voice-profile-domain/redacted-0004';

const json = (value: unknown) => ({ text: JSON.stringify(value) });
const signed = (body: string) => [
  { name: 'Authorization', value: `AWS4-HMAC-SHA256 Credential=${secret.accessKey}/20261102/us-east-1/chime/aws4_request, SignedHeaders=host;x-amz-date, Signature=${secret.signature}` },
  { name: 'X-Amz-Security-Token', value: secret.sessionToken },
  { name: 'x-amz-content-sha256', value: sha256Hex(body) },
  { name: 'Content-Length', value: String(Buffer.byteLength(body)) },
];
const exchange = (method: string, target: string, body: unknown, status: number, answer: unknown): Exchange => {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    startedAt: '2026-11-02T10:00:00.000Z',
    durationMs: 40,
    request: { method, target, headers: signed(text), body: { text } },
    response: { status, headers: [{ name: 'Content-Type', value: 'application/json' }], body: answer === undefined ? { text: '' } : json(answer) },
  };
};

const domain = { VoiceProfileDomainId: '4d8bd0f2-8ba1-4d30-8e34-a7d2fbbb3b2a', VoiceProfileDomainArn: secret.domainArn, Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsArn } };
const session: Exchange[] = [
  exchange(
    'POST',
    '/voice-profile-domains',
    { ClientRequestToken: secret.token, Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsArn }, Tags: [{ Key: secret.tagKey, Value: secret.tagValue }] },
    201,
    { VoiceProfileDomain: domain },
  ),
  exchange('POST', '/media-insights-pipelines/pipe-1/speaker-search-tasks?operation=start', { VoiceProfileDomainArn: secret.domainArn, ClientRequestToken: secret.token2 }, 201, {
    SpeakerSearchTask: { SpeakerSearchTaskId: '0d1e7ab4-9f4c-4b55-9b1e-1f2a3b4c5d6e', SpeakerSearchTaskStatus: 'NotStarted' },
  }),
  exchange('POST', '/voice-profile-domains', { ClientRequestToken: secret.token, Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsArn } }, 400, {
    Code: 'BadRequest',
    Message: `Key ${kmsArn} of ${secret.tagValue} cannot be used for request ${secret.token} (${encodeURIComponent(secret.domainArn)})`,
  }),
  exchange(
    'GET',
    `/voice-profile-domains?X-Amz-Credential=${secret.presignKey}%2F20261102%2Fus-east-1%2Fchime%2Faws4_request&X-Amz-Signature=${secret.signature}&echo=${encodeURIComponent(secret.domainArn)}`,
    undefined,
    403,
    { Message: `Access key ${secret.presignKey} is not valid` },
  ),
  exchange('POST', '/not-an-operation', { Nested: { KmsKeyArn: kmsArn, VoiceProfileArn: 'arn:aws:chime:us-east-1:123456789012:voice-profile/vp-secret-1' } }, 404, undefined),
  exchange('POST', '/voice-connectors/vc-1/speaker-search-tasks', { TransactionId: 'tx', VoiceProfileDomainId: 'd', ClientRequestToken: 'x' }, 400, undefined),
  {
    ...exchange('PUT', '/voice-profiles/vp-1', undefined, 400, undefined),
    request: { method: 'PUT', target: '/voice-profiles/vp-1', headers: [], body: bodyOfBytes(Buffer.concat([Buffer.from([0xff]), Buffer.from(secret.token), Buffer.from([0xfe])])) },
  },
];

const bodyOf = (e: Exchange, side: 'request' | 'response') => parseJson(e[side].body.text) as { ok: true; value: any };

describe('redactor', () => {
  const redact = redactor();
  const redacted = session.map(redact);

  it('masks each secret with its placeholder, the same one wherever and whenever it appears', () => {
    const [create, start, refused, presigned, unroutable, badToken] = redacted as [Exchange, Exchange, Exchange, Exchange, Exchange, Exchange];
    expect(bodyOf(create, 'request').value).toEqual({
      ClientRequestToken: 'redacted-token-0001',
      Name: 'd',
      ServerSideEncryptionConfiguration: { KmsKeyArn: kmsPlaceholder },
      Tags: [{ Key: 'redacted-0002', Value: 'redacted-0003' }],
    });
    expect(bodyOf(create, 'response').value).toEqual({ VoiceProfileDomain: { ...domain, VoiceProfileDomainArn: domainPlaceholder, ServerSideEncryptionConfiguration: { KmsKeyArn: kmsPlaceholder } } });
    expect(headerValue(create.request.headers, 'authorization')).toBe('AWS4-HMAC-SHA256 Credential=redacted, SignedHeaders=redacted, Signature=redacted');
    expect(headerValue(create.request.headers, 'x-amz-security-token')).toMatch(/^redacted-credential-\d{4}$/);
    expect(bodyOf(start, 'request').value).toEqual({ VoiceProfileDomainArn: domainPlaceholder, ClientRequestToken: 'redacted-token-0002' });
    expect(bodyOf(refused, 'response').value.Message).toBe(`Key ${kmsPlaceholder} of redacted-0003 cannot be used for request redacted-token-0001 (${encodeURIComponent(domainPlaceholder)})`);
    expect(presigned.request.target).toMatch(
      /^\/voice-profile-domains\?X-Amz-Credential=redacted-credential-\d{4}&X-Amz-Signature=redacted-credential-\d{4}&echo=arn%3Aaws%3Achime%3Aus-east-1%3A000000000000%3Avoice-profile-domain%2Fredacted-0004$/,
    );
    expect(bodyOf(presigned, 'response').value.Message).toMatch(/^Access key redacted-credential-\d{4} is not valid$/);
    expect(bodyOf(unroutable, 'request').value).toEqual({ Nested: { KmsKeyArn: kmsPlaceholder, VoiceProfileArn: 'arn:aws:chime:us-east-1:000000000000:voice-profile/redacted-0005' } });
    expect(bodyOf(badToken, 'request').value.ClientRequestToken).toBe('redacted token 0003');
    expect(bodyBytes((redacted[6] as Exchange).request.body)).toEqual(Buffer.from('\xffredacted-token-0001\xfe', 'latin1'));
  });

  it('keeps Content-Length and the payload hash true to the redacted body', () => {
    for (const e of redacted.slice(0, 6)) {
      expect(headerValue(e.request.headers, 'content-length')).toBe(String(Buffer.byteLength(e.request.body.text)));
      expect(headerValue(e.request.headers, 'x-amz-content-sha256')).toBe(sha256Hex(e.request.body.text));
    }
  });

  it('leaves a recording in which no secret remains, and that reads back as the redacted exchanges', async () => {
    const file = join(testTempDir('chime-har-redact-'), 'redacted.har');
    const recorder = await openHarRecorder(file, { baseUrl: 'https://voice-chime.us-east-1.amazonaws.com' });
    for (const e of redacted) await recorder.record(e);
    await recorder.close();
    const text = readFileSync(file, 'utf8');
    for (const [name, value] of Object.entries({ ...secret, kmsArn })) {
      for (const form of [value, encodeURIComponent(value)]) expect(text, `${name} (${form}) is in the recording`).not.toContain(form);
    }
    expect(readHar(text, file)).toEqual(redacted);
  });

  it('keeps the contract verdict: valid requests and answers stay valid, an invalid token stays invalid', () => {
    const verdicts = (list: readonly Exchange[]) =>
      list.map((e) => {
        const q = e.request.target.indexOf('?');
        const query = new URLSearchParams(q < 0 ? '' : e.request.target.slice(q + 1));
        const match = route(e.request.method, q < 0 ? e.request.target : e.request.target.slice(0, q), query);
        if (!match) return 'unroutable';
        const input = decodeRequest(match.op, { labels: match.labels, query, body: bodyOf(e, 'request').value });
        const answer = e.response.status < 300 ? validateResponse(match.op.id, bodyOf(e, 'response').value).valid : 'error';
        return [validateRequest(match.op.id, input).valid, answer];
      });
    expect(verdicts(redacted)).toEqual(verdicts(session));
    expect(verdicts(session).slice(0, 2)).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(verdicts(session)[5]).toEqual([false, 'error']);
  });

  it('leaves a redacted exchange as it is when redacted again, and one without secrets untouched', () => {
    const again = redactor();
    expect(redacted.map(again)).toEqual(redacted);
    const plain = exchange('GET', '/voice-profiles/vp-1', undefined, 200, { VoiceProfile: { VoiceProfileId: 'vp-1' } });
    const clean = { ...plain, request: { ...plain.request, headers: [] } };
    expect(redactor()(clean)).toEqual(clean);
  });

  // Secrets in capitals: placeholders have none, so a capital run in the output can only be a secret left over.
  it('property: no token, ARN or tag value remains, wherever later text echoes it', () => {
    const word = fc.stringMatching(/^[A-Z]{6,20}$/);
    const filler = fc.string({ maxLength: 8 }).filter((f) => !/[A-Z]/.test(f));
    fc.assert(
      fc.property(word, word, word, filler, (token, id, tag, pad) => {
        fc.pre(new Set([token, id, tag]).size === 3);
        const arn = `arn:aws:kms:us-east-1:123456789012:key/${id}`;
        const redact = redactor();
        const create = exchange(
          'POST',
          '/voice-profile-domains',
          { ClientRequestToken: token, Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: arn }, Tags: [{ Key: 'k', Value: tag }] },
          400,
          {
            Message: `${pad}${token}${pad}${arn}${pad} ${tag} ${pad}`,
          },
        );
        const echo = {
          ...exchange('GET', `/x/${arn}/${encodeURIComponent(arn).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}?q=${pad}${token}&r=${arn}`, undefined, 404, { Message: `[${tag}]${pad}${token}` }),
        };
        const later = { ...echo, request: { ...echo.request, headers: [{ name: 'X-Echo', value: `${pad}${token}${pad}` }] } };
        const out = JSON.stringify([create, later].map(redact));
        expect(out).not.toMatch(/[A-Z]{6}/);
      }),
    );
  });

  it('property: any exchange redacts without throwing, and redacting it again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(exchanges, { maxLength: 4 }), (list) => {
        const once = list.map(redactor());
        expect(once.map(redactor())).toEqual(once);
      }),
    );
  });
});
