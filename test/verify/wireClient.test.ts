import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitraries } from '../../src/arbitraries/index.js';
import { getOperation, operations } from '../../src/contract/catalog.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import type { RawRequest } from '../../src/emulator/wire/types.js';
import { encodeRequest, type EncodedRequest } from '../../src/wire/encodeRequest.js';
import { AnswerTooLarge } from '../../src/verify/reach/answerLimits.js';
import { rawClient, type WireAnswer } from '../../src/verify/reach/rawClient.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';
import { wireClient } from '../../src/verify/reach/wireClient.js';

/**
 * Two reference emulators, each noting every request as its wire gets it: one reached over HTTP, the other in
 * the same thread (what the embedded run's requests take). Both get the same requests in the same order, so
 * both hold the same state.
 */
let server: RunningServer;
let twin: RunningServer;
const overHttp: RawRequest[] = [];
const inThread: RawRequest[] = [];
beforeAll(async () => {
  server = await startServer({ interpose: (handle) => (r) => (overHttp.push(r), handle(r)) });
  twin = await startServer({ interpose: (handle) => (r) => (inThread.push(r), handle(r)) });
});
afterAll(() => Promise.all([server.close(), twin.close()]));

/** The twin's wire, under the endpoint's name: Host and signatures as for `server`. */
const direct = () => wireClient(server.url, twin.respond);

/** What differs between any two requests of the SDK (when, which invocation, so the signature), and the connection's own header. */
const perRequest = new Set(['x-amz-date', 'authorization', 'amz-sdk-invocation-id', 'x-amz-user-agent', 'user-agent', 'connection']);
const lasting = (r: RawRequest | undefined) => ({
  method: r?.method,
  target: r?.target,
  headers: Object.fromEntries(Object.entries(r?.headers ?? {}).filter(([k]) => !perRequest.has(k))),
  body: Buffer.from(r?.body ?? []).toString('utf8'),
});
/** An answer without what is new on every request: IDs, ARNs built from them, times. */
const shape = (a: WireAnswer) => ({
  status: a.status,
  type: a.headers['content-type'],
  error: a.headers['x-amzn-errortype'],
  body: a.body.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'time'),
});

const samples = (id: string): EncodedRequest[] => [
  ...fc.sample(arbitraries.validRequest(id), { numRuns: 3, seed: 5 }).map((input) => encodeRequest(getOperation(id), input)),
  ...fc.sample(arbitraries.invalidRequest(id), { numRuns: 3, seed: 5 }).map((c) => c.wire),
];

describe('wireClient: the embedded run reaches the wire as the HTTP server would hand it each request', () => {
  it('hands over the same request and gets the same answer as rawClient over HTTP, for valid and invalid requests of every operation', async () => {
    const tcp = rawClient(server.url);
    const here = direct();
    for (const req of operations.flatMap(samples)) {
      const [a, b] = [await tcp(req), await here(req)];
      expect(lasting(inThread.at(-1)), `${req.method} ${req.target}`).toEqual(lasting(overHttp.at(-1)));
      expect(shape(b), `${req.method} ${req.target}`).toEqual(shape(a));
    }
  });

  it('hands over the SDK requests as they arrive over HTTP: Host names the endpoint, an empty POST says Content-Length 0', async () => {
    const cases = [
      { op: 'voice.UpdateVoiceProfileDomain', input: { VoiceProfileDomainId: 'd-1', Name: 'é renamed', Description: 'a domain' } },
      { op: 'voice.StopSpeakerSearchTask', input: { VoiceConnectorId: 'abcdef1234567890abcde', SpeakerSearchTaskId: 't-1' } },
      { op: 'voice.GetVoiceProfileDomain', input: { VoiceProfileDomainId: 'd-1' } },
      { op: 'voice.DeleteVoiceProfileDomain', input: { VoiceProfileDomainId: 'd-1' } },
      { op: 'media-pipelines.GetVoiceToneAnalysisTask', input: { Identifier: 'p-1', VoiceToneAnalysisTaskId: 't-1' } },
    ];
    const tcp = sdkSender(server.url, 'us-east-1', exampleCredentials);
    const here = sdkSender(server.url, 'us-east-1', exampleCredentials, undefined, direct());
    for (const { op, input } of cases) {
      const [a, b] = [await tcp(getOperation(op), input), await here(getOperation(op), input)];
      expect(lasting(inThread.at(-1)), op).toEqual(lasting(overHttp.at(-1)));
      expect(shape(b.answer), op).toEqual(shape(a.answer));
      expect(b.error?.name, op).toBe(a.error?.name);
    }
    expect(inThread.at(-1)?.headers['host']).toBe(new URL(server.url).host);
    expect(inThread.find((r) => r.method === 'POST' && r.target.includes('/speaker-search-tasks/t-1'))?.headers['content-length']).toBe('0');
  });

  it('answers a request whose handling throws with the 500 the HTTP server gives, not a failed call', async () => {
    const broken = wireClient(server.url, () => {
      throw new Error('boom');
    });
    const answer = await broken({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
    expect(answer).toEqual({
      status: 500,
      headers: { 'x-amzn-errortype': 'ServiceFailureException', 'content-type': 'application/json' },
      body: JSON.stringify({ Message: 'chime-conformance emulator bug: boom' }),
    });
  });

  it('fails an answer over the cap as AnswerTooLarge, as the HTTP clients do, and passes one at the cap', async () => {
    const answering = (body: string) => wireClient(server.url, () => ({ status: 200, headers: {}, body }), 10);
    const list: EncodedRequest = { method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined };
    await expect(answering('"ééééé"')(list)).rejects.toBeInstanceOf(AnswerTooLarge);
    expect((await answering('"éééé"')(list)).body).toBe('"éééé"');
  });
});
