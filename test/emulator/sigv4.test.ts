import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppedClock, type SteppedClock } from '../../src/emulator/core/clock.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { createChimeHandlers } from '../../src/emulator/msw/createChimeHandlers.js';
import { sigv4Authenticator } from '../../src/emulator/wire/sigv4.js';
import { rawHttp, type RawAnswer } from '../support/rawHttp.js';
import { mp, sdkClients, sdkError, testCredentials, voice } from '../support/sdk.js';
import { bytesOf, recordingClients, replay, sha256, signatureOf, signRaw, type Captured, type Recording, type SignedRequest } from '../support/signedRequests.js';

const pipelineArn = 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-1';
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1';
const vc = 'abcdef1234567890abcde';
const sse = { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' };
const extraCredentials = { accessKeyId: 'AKIDCONFIGURED', secretAccessKey: 'configured/secret+key' };
const minute = 60_000;

/** The SDK call failed with 403 ForbiddenException (header and status as sent) and a message naming what was wrong. */
async function expectForbidden(c: Recording, call: Promise<unknown>, what: RegExp): Promise<void> {
  const error = await sdkError(call);
  expect(c.log.answers.at(-1)).toEqual({ status: 403, errorType: 'ForbiddenException' });
  expect(error).toMatchObject({ name: 'ForbiddenException', status: 403 });
  expect(error.message).toMatch(what);
  expect(error.message).not.toContain(testCredentials.secretAccessKey);
  expect(error.message).not.toContain(signatureOf(c.log.sent.at(-1)));
}

function expectDenied(answer: RawAnswer, status: number, type: string, what: RegExp): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['x-amzn-errortype']).toBe(type);
  const body = JSON.parse(answer.body) as { Message?: string };
  expect(body.Message).toMatch(what);
  expect(body.Message).not.toContain(testCredentials.secretAccessKey);
}

async function strictServer(): Promise<{ server: RunningServer; clock: SteppedClock; c: Recording }> {
  // The SDK signs with the real time, so the emulator's clock starts there and moves only when a test says.
  const clock = steppedClock(Date.now());
  const server = await startServer({ clock, auth: 'strict', credentials: [extraCredentials] });
  return { server, clock, c: recordingClients(server.url) };
}

describe('strict SigV4 over HTTP: real signed requests are accepted', () => {
  let s: Awaited<ReturnType<typeof strictServer>>;
  beforeAll(async () => void (s = await strictServer()));
  afterAll(async () => s.server.close());

  it('Media Pipelines: start, get and stop with an ARN label the SDK percent-encodes', async () => {
    const started = await s.c.mp.send(new mp.StartVoiceToneAnalysisTaskCommand({ Identifier: pipelineArn, LanguageCode: 'en-US' }));
    expect(started.$metadata.httpStatusCode).toBe(201);
    expect(s.c.log.sent.at(-1)?.target).toContain('/media-insights-pipelines/arn%3Aaws%3Achime%3Aus-east-1%3A111122223333%3Amedia-insights-pipeline%2Fp-1/');
    const VoiceToneAnalysisTaskId = started.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    const got = await s.c.mp.send(new mp.GetVoiceToneAnalysisTaskCommand({ Identifier: pipelineArn, VoiceToneAnalysisTaskId }));
    expect(got.$metadata.httpStatusCode).toBe(200);
    const stopped = await s.c.mp.send(new mp.StopVoiceToneAnalysisTaskCommand({ Identifier: pipelineArn, VoiceToneAnalysisTaskId }));
    expect(stopped.$metadata.httpStatusCode).toBe(204);
    const search = await s.c.mp.send(new mp.StartSpeakerSearchTaskCommand({ Identifier: pipelineArn, VoiceProfileDomainArn: domainArn }));
    expect(search.$metadata.httpStatusCode).toBe(201);
  });

  it('Voice: bodies, a list, isCaller=false, and a label with characters the SDK escapes', async () => {
    const domain = await s.c.voice.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'agents', ServerSideEncryptionConfiguration: sse }));
    expect(domain.$metadata.httpStatusCode).toBe(201);
    const listed = await s.c.voice.send(new voice.ListVoiceProfileDomainsCommand({ MaxResults: 5 }));
    expect(listed.$metadata.httpStatusCode).toBe(200);
    const tone = await s.c.voice.send(new voice.StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' }));
    const VoiceToneAnalysisTaskId = tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    const asCallee = await s.c.voice.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId, IsCaller: false }));
    expect(asCallee.VoiceToneAnalysisTask?.CallDetails?.IsCaller).toBe(false);
    expect(s.c.log.sent.at(-1)?.target).toMatch(/\?isCaller=false$/);
    const stopped = await s.c.voice.send(new voice.StopVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId }));
    expect(stopped.$metadata.httpStatusCode).toBe(204);
    // Verified, then routed: the answer is about the task, not the signature.
    const odd = s.c.voice.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: "task 1:(ü)*'!", IsCaller: true }));
    expect(await sdkError(odd)).toMatchObject({ name: 'NotFoundException', status: 404 });
  });

  it('a configured key pair is known besides the example one', async () => {
    const other = recordingClients(s.server.url, { credentials: extraCredentials });
    const listed = await other.voice.send(new voice.ListVoiceProfileDomainsCommand({}));
    expect(listed.$metadata.httpStatusCode).toBe(200);
  });

  it('requests signed without x-amz-content-sha256 (as botocore and the SDK v2 send them) and presigned ones verify', async () => {
    const body = JSON.stringify({ Name: 'plain', ServerSideEncryptionConfiguration: sse });
    const plain = await signRaw(s.server.url, { method: 'POST', path: '/voice-profile-domains', body, applyChecksum: false });
    expect(plain.headers['x-amz-content-sha256']).toBeUndefined();
    expect((await replay(s.server.url, plain)).status).toBe(201);
    const presigned = await signRaw(s.server.url, { method: 'GET', path: '/voice-profile-domains' }, { expiresIn: 300 });
    expect(presigned.headers['authorization']).toBeUndefined();
    expect((await replay(s.server.url, presigned)).status).toBe(200);
  });

  it('a captured request replayed unchanged within 15 minutes is accepted, as AWS accepts it', async () => {
    await s.c.voice.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'replayed', ServerSideEncryptionConfiguration: sse }));
    const captured = s.c.log.sent.at(-1) as Captured;
    s.clock.advance(14 * minute);
    expect((await replay(s.server.url, captured)).status).toBe(201);
  });
});

describe('strict SigV4 over HTTP: what is refused, and the message says why', () => {
  let s: Awaited<ReturnType<typeof strictServer>>;
  beforeAll(async () => void (s = await strictServer()));
  afterAll(async () => s.server.close());
  const tampered = (tamper: (r: SignedRequest) => void) => recordingClients(s.server.url, { tamper });

  it('unsigned: 401 UnauthorizedClientException', async () => {
    const answer = await rawHttp(s.server.url, 'GET', '/voice-profile-domains', { host: new URL(s.server.url).host });
    expectDenied(answer, 401, 'UnauthorizedClientException', /no Authorization header and no X-Amz-Signature/);
  });

  it('a forged signature', async () => {
    const c = tampered((r) => (r.headers['authorization'] = (r.headers['authorization'] ?? '').replace(/.$/, (ch) => (ch === '0' ? '1' : '0'))));
    await expectForbidden(c, c.voice.send(new voice.ListVoiceProfileDomainsCommand({})), /signature does not match/);
  });

  it('a body changed after signing, its x-amz-content-sha256 left as signed', async () => {
    const c = tampered((r) => (r.body = Buffer.from(bytesOf(r.body).toString().replace('tx-1', 'tx-2'))));
    const call = c.voice.send(new voice.StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' }));
    await expectForbidden(c, call, /x-amz-content-sha256 [0-9a-f]{64} does not match the body, whose sha256 is [0-9a-f]{64}/);
  });

  it('a path changed after signing', async () => {
    const c = tampered((r) => (r.path = r.path.replace('task-a', 'task-b')));
    const call = c.voice.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'task-a', IsCaller: true }));
    await expectForbidden(c, call, /signature does not match: recomputed over GET \/voice-connectors\/abcdef1234567890abcde\/voice-tone-analysis-tasks\/task-b/);
  });

  it('a query changed after signing (isCaller=false → true)', async () => {
    const c = tampered((r) => r.query && (r.query['isCaller'] = 'true'));
    const call = c.voice.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'task-a', IsCaller: false }));
    await expectForbidden(c, call, /signature does not match/);
  });

  it('an algorithm other than AWS4-HMAC-SHA256', async () => {
    const c = tampered((r) => (r.headers['authorization'] = (r.headers['authorization'] ?? '').replace('AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA512')));
    await expectForbidden(c, c.voice.send(new voice.ListVoiceProfileDomainsCommand({})), /algorithm AWS4-HMAC-SHA512 is not AWS4-HMAC-SHA256/);
  });

  it('a signature that leaves out Host', async () => {
    const signed = await signRaw(s.server.url, { method: 'GET', path: '/voice-profile-domains', signHost: false });
    const answer = await replay(s.server.url, signed, { headers: { ...signed.headers, host: new URL(s.server.url).host } });
    expectDenied(answer, 403, 'ForbiddenException', /SignedHeaders [a-z0-9;-]+ does not include host/);
  });

  it('signed for another region', async () => {
    const c = recordingClients(s.server.url, { region: 'eu-west-1' });
    await expectForbidden(c, c.mp.send(new mp.StartVoiceToneAnalysisTaskCommand({ Identifier: 'p-1', LanguageCode: 'en-US' })), /credential scope region eu-west-1 is not us-east-1/);
  });

  it('signed for another service than chime', async () => {
    const signed = await signRaw(s.server.url, { method: 'GET', path: '/voice-profile-domains', service: 'chime-sdk-voice' });
    expectDenied(await replay(s.server.url, signed), 403, 'ForbiddenException', /credential scope service chime-sdk-voice is not chime/);
  });

  it('an access key the emulator does not know', async () => {
    const c = recordingClients(s.server.url, { credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: testCredentials.secretAccessKey } });
    await expectForbidden(c, c.voice.send(new voice.ListVoiceProfileDomainsCommand({})), /access key AKIDUNKNOWN is not one the emulator knows/);
  });

  it('a replay of a captured request with another body', async () => {
    await s.c.voice.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'original', ServerSideEncryptionConfiguration: sse }));
    const captured = s.c.log.sent.at(-1) as Captured;
    const body = Buffer.from(captured.body.toString().replace('original', 'attacker-chosen'));
    const fitted = { ...captured.headers, 'content-length': String(body.length), 'x-amz-content-sha256': sha256(body) };
    expectDenied(await replay(s.server.url, captured, { body, headers: fitted }), 403, 'ForbiddenException', /signature does not match/);
    const asSigned = { ...captured.headers, 'content-length': String(body.length) };
    expectDenied(await replay(s.server.url, captured, { body, headers: asSigned }), 403, 'ForbiddenException', /x-amz-content-sha256 .* does not match the body/);
  });

  it('a replay with a body but no x-amz-content-sha256 at all: the hash of the bytes that arrived is what is verified', async () => {
    const signed = await signRaw(s.server.url, { method: 'POST', path: '/voice-profile-domains', body: JSON.stringify({ Name: 'a', ServerSideEncryptionConfiguration: sse }), applyChecksum: false });
    const body = Buffer.from(signed.body.toString().replace('"a"', '"b"'));
    expectDenied(await replay(s.server.url, signed, { body }), 403, 'ForbiddenException', /signature does not match/);
  });

  it('a replay without one of the headers it signed', async () => {
    await s.c.voice.send(new voice.ListVoiceProfileDomainsCommand({}));
    const { 'amz-sdk-invocation-id': _dropped, ...headers } = (s.c.log.sent.at(-1) as Captured).headers;
    const answer = await replay(s.server.url, s.c.log.sent.at(-1) as Captured, { headers });
    expectDenied(answer, 403, 'ForbiddenException', /signed header amz-sdk-invocation-id is not in the request/);
  });

  it('more than 15 minutes of clock skew, after 14 were still fine', async () => {
    const own = await strictServer();
    try {
      own.clock.advance(14 * minute);
      expect((await own.c.voice.send(new voice.ListVoiceProfileDomainsCommand({}))).$metadata.httpStatusCode).toBe(200);
      own.clock.advance(2 * minute);
      await expectForbidden(own.c, own.c.voice.send(new voice.ListVoiceProfileDomainsCommand({})), /request time \d{8}T\d{6}Z is 1[56](\.\d)? minutes from the server's \d{8}T\d{6}Z; at most 15/);
    } finally {
      await own.server.close();
    }
  });

  it('an x-amz-date on another day than the credential scope', async () => {
    const clock = steppedClock(Date.parse('2026-11-23T00:05:00Z'));
    const server = await startServer({ clock, auth: 'strict' });
    try {
      const signed = await signRaw(server.url, { method: 'GET', path: '/voice-profile-domains', signingDate: new Date('2026-11-23T00:01:00Z') });
      // Four minutes earlier, so within the skew: only the day differs from the scope's.
      const headers = { ...signed.headers, 'x-amz-date': '20261122T235700Z' };
      expectDenied(await replay(server.url, signed, { headers }), 403, 'ForbiddenException', /credential scope date 20261123 is not the day of 20261122T235700Z/);
    } finally {
      await server.close();
    }
  });

  it('an expired presigned request', async () => {
    const own = await strictServer();
    try {
      const presigned = await signRaw(own.server.url, { method: 'GET', path: '/voice-profile-domains' }, { expiresIn: 60 });
      own.clock.advance(2 * minute);
      expectDenied(await replay(own.server.url, presigned), 403, 'ForbiddenException', /the presigned request expired at \d{8}T\d{6}Z/);
    } finally {
      await own.server.close();
    }
  });
});

describe('lenient and off', () => {
  const unsigned = { method: 'GET', target: '/voice-profile-domains', headers: { host: 'localhost' }, body: undefined };
  const clock = { now: () => Date.now() };

  it('off has no hook; lenient accepts everything, and can say what strict mode would have refused', () => {
    expect(sigv4Authenticator({ mode: 'off', region: 'us-east-1', clock })).toBeUndefined();
    expect(sigv4Authenticator({ mode: 'lenient', region: 'us-east-1', clock })?.(unsigned)).toBeUndefined();
    const warnings: string[] = [];
    const lenient = sigv4Authenticator({ mode: 'lenient', region: 'us-east-1', clock, onLenientWarning: (m) => warnings.push(m) });
    expect(lenient?.({ ...unsigned, headers: { ...unsigned.headers, authorization: 'Basic Zm9vOmJhcg==' } })).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/Authorization header is not of the form/)]);
  });

  it('a lenient server answers unsigned and wrongly signed requests', async () => {
    const server = await startServer({ auth: 'lenient' });
    try {
      expect((await rawHttp(server.url, 'GET', '/voice-profile-domains', { host: new URL(server.url).host })).status).toBe(200);
      const c = recordingClients(server.url, { region: 'eu-west-1', credentials: { accessKeyId: 'AKIDANY', secretAccessKey: 'any' } });
      expect((await c.voice.send(new voice.ListVoiceProfileDomainsCommand({}))).$metadata.httpStatusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('strict SigV4 through the MSW handlers', () => {
  const handlers = createChimeHandlers({ clock: steppedClock(Date.now()), auth: 'strict' });
  const msw = setupServer(...handlers);
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it('accepts the SDK signing for the AWS host, and refuses unsigned or misaddressed requests', async () => {
    const { mp: client } = sdkClients();
    const started = await client.send(new mp.StartVoiceToneAnalysisTaskCommand({ Identifier: pipelineArn, LanguageCode: 'en-US' }));
    expect(started.$metadata.httpStatusCode).toBe(201);
    const unsigned = await fetch('https://voice-chime.us-east-1.amazonaws.com/voice-profile-domains');
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('UnauthorizedClientException');
    const elsewhere = new voice.ChimeSDKVoiceClient({ region: 'eu-west-1', credentials: testCredentials, maxAttempts: 1 });
    const error = await sdkError(elsewhere.send(new voice.ListVoiceProfileDomainsCommand({})));
    expect(error).toMatchObject({ name: 'ForbiddenException', status: 403 });
    expect(error.message).toMatch(/credential scope region eu-west-1 is not us-east-1/);
  });
});
