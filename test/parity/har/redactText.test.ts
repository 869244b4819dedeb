import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, type Exchange } from '../../../src/parity/exchange.js';
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { redactor } from '../../../src/parity/har/redactor.js';
import { testTempDir } from '../../support/tempDir.js';

const exchange = (target: string, body: string, status: number, answer: string, headers: Exchange['response']['headers'] = []): Exchange => ({
  startedAt: '2026-11-02T10:00:00.000Z',
  durationMs: 40,
  request: { method: 'POST', target, headers: [{ name: 'Content-Length', value: String(Buffer.byteLength(body)) }], body: { text: body } },
  response: { status, headers, body: { text: answer } },
});

/** The redacted exchanges written as a recording, its whole text, which must hold no secret anywhere. */
async function recorded(list: readonly Exchange[]): Promise<{ text: string; exchanges: Exchange[] }> {
  const file = join(testTempDir('chime-har-text-'), 'r.har');
  const recorder = await openHarRecorder(file, { baseUrl: 'https://voice-chime.us-east-1.amazonaws.com' });
  for (const e of list.map(redactor())) await recorder.record(e);
  await recorder.close();
  const text = readFileSync(file, 'utf8');
  return { text, exchanges: readHar(text, file) };
}

describe('redaction of text that is not JSON, and of KMS ARNs only free text names', () => {
  it('masks a sensitive member whose value is not quoted (or whose body is not JSON), and its echoes', async () => {
    const { text, exchanges } = await recorded([
      exchange('/voice-profile-domains', '{"ClientRequestToken": tokSECRETvalue123}', 400, '{"Message":"token tokSECRETvalue123 is not JSON"}'),
      exchange('/voice-profile-domains', 'ClientRequestToken=formSECRETtoken9&Name=d', 400, 'bad form'),
      exchange('/voice-profile-domains', '{"KmsKeyArn" : arn:aws:kms:us-east-1:123456789012:key/bareSECRETkey7 , "Tags":[{"Key":k,"Value":hushSECRET4}]}', 400, '{"Message":"hushSECRET4"}'),
      exchange('/voice-profile-domains', '{"ClientRequestToken":"cutSECRETshort', 400, ''),
      {
        ...exchange('/voice-profiles/vp-1', '', 400, ''),
        request: { method: 'PUT', target: '/voice-profiles/vp-1', headers: [], body: bodyOf(Buffer.from('\xff{ClientRequestToken: binSECRETtok5}', 'latin1')) },
      },
    ]);
    for (const secret of ['tokSECRETvalue123', 'formSECRETtoken9', 'bareSECRETkey7', 'hushSECRET4', 'cutSECRETshort', 'binSECRETtok5']) expect(text, secret).not.toContain(secret);
    expect(exchanges.map((e) => e.request.body.text).slice(0, 4)).toEqual([
      '{"ClientRequestToken": redacted-token-0001}',
      'ClientRequestToken=redacted-token-0002&Name=d',
      '{"KmsKeyArn" : arn:aws:kms:us-east-1:000000000000:key/redacted-0001 , "Tags":[{"Key":redacted-0002,"Value":redacted-0003}]}',
      '{"ClientRequestToken":"redacted-token-0003',
    ]);
    expect(exchanges.map((e) => e.response.body.text).slice(0, 3)).toEqual(['{"Message":"token redacted-token-0001 is not JSON"}', 'bad form', '{"Message":"redacted-0003"}']);
    // Content-Length follows the redacted body, so it tells nothing of the secret's length.
    expect(exchanges[0]?.request.headers).toEqual([{ name: 'Content-Length', value: String(Buffer.byteLength('{"ClientRequestToken": redacted-token-0001}')) }]);
  });

  it('masks KMS key and alias ARNs found only in free text, each with one placeholder wherever it appears', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const alias = 'arn:aws-cn:kms:cn-north-1:210987654321:alias/team/hush-key_2';
    const problem = (m: string) => JSON.stringify({ Code: 'BadRequest', Message: m });
    const errorType = [{ name: 'x-amzn-errortype', value: 'BadRequestException' }];
    const { text, exchanges } = await recorded([
      exchange('/voice-profile-domains', '{"Name":"d"}', 400, problem(`Key ${key} is disabled; use ${alias}.`), errorType),
      exchange(`/voice-profile-domains?k=${encodeURIComponent(key)}`, '{"Name":"d"}', 400, `<Error>${alias}</Error>`, [{ name: 'X-Echo', value: key }]),
      { ...exchange('/voice-profiles/vp-1', '', 400, ''), request: { method: 'PUT', target: '/voice-profiles/vp-1', headers: [], body: bodyOf(Buffer.from(`\xff${key}\xfe`, 'latin1')) } },
    ]);
    for (const secret of ['1234abcd-12ab-34cd-56ef-1234567890ab', '123456789012', 'hush-key_2', '210987654321']) expect(text, secret).not.toContain(secret);
    const [first, second] = exchanges as [Exchange, Exchange];
    const keyPlaceholder = 'arn:aws:kms:us-east-1:000000000000:key/redacted-0001';
    const aliasPlaceholder = 'arn:aws-cn:kms:cn-north-1:000000000000:alias/redacted-0002';
    expect(first.response.body.text).toBe(problem(`Key ${keyPlaceholder} is disabled; use ${aliasPlaceholder}.`));
    expect(second.request.target).toBe(`/voice-profile-domains?k=${encodeURIComponent(keyPlaceholder)}`);
    expect(second.response.body.text).toBe(`<Error>${aliasPlaceholder}</Error>`);
    expect(second.response.headers).toEqual([{ name: 'X-Echo', value: keyPlaceholder }]);
  });
});
