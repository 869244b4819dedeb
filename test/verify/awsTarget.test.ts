import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { openTarget } from '../../src/verify/reach/openTarget.js';
import { rawClient } from '../../src/verify/reach/rawClient.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';
import { awsEndpoints } from '../../src/verify/reach/serviceEndpoints.js';
import { rawSigner } from '../../src/verify/reach/signer.js';
import type { EncodedRequest } from '../../src/wire/encodeRequest.js';
import { encodeRequest } from '../../src/wire/encodeRequest.js';

// Nothing here reaches AWS: the real hosts are only resolved (a pure function of the region) and written into
// requests that a stand-in handler or a loopback server receives.
const live = { accessKeyId: 'ASIAEXAMPLELIVE00001', secretAccessKey: 'live/secret/EXAMPLEKEY', sessionToken: 'session-token-EXAMPLE' };
const region = 'eu-central-1';

describe('the real service: hosts, region and credentials', () => {
  it('resolves the two regional hosts through the SDK clients', () => {
    expect(awsEndpoints(region)).toEqual({ 'media-pipelines': 'https://media-pipelines-chime.eu-central-1.amazonaws.com', voice: 'https://voice-chime.eu-central-1.amazonaws.com' });
    expect(awsEndpoints('us-west-2').voice).toBe('https://voice-chime.us-west-2.amazonaws.com');
  });

  it('makes each SDK call to its service host, signed for the region with the session token (a stand-in handler receives it)', async () => {
    const seen: EncodedRequest[] = [];
    const through = async (req: EncodedRequest) => (seen.push(req), { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' });
    const send = sdkSender(awsEndpoints(region), region, live, undefined, through);
    await send(getOperation('voice.GetVoiceProfileDomain'), { VoiceProfileDomainId: 'd-1' });
    await send(getOperation('media-pipelines.GetSpeakerSearchTask'), { Identifier: 'p-1', SpeakerSearchTaskId: '11111111-2222-3333-4444-555555555555' });
    expect(seen.map((r) => r.headers['host'])).toEqual(['voice-chime.eu-central-1.amazonaws.com', 'media-pipelines-chime.eu-central-1.amazonaws.com']);
    for (const r of seen) {
      expect(r.headers['authorization']).toMatch(/Credential=ASIAEXAMPLELIVE00001\/\d{8}\/eu-central-1\/chime\/aws4_request, SignedHeaders=[^,]*x-amz-security-token/);
      expect(r.headers['x-amz-security-token']).toBe(live.sessionToken);
    }
  });

  it('signs raw requests with the session token, and the emulator in strict mode accepts them (and refuses a changed token)', async () => {
    const server = await startServer({ auth: 'strict', credentials: [live], region });
    try {
      const op = getOperation('voice.ListVoiceProfileDomains');
      const signed = rawClient(server.url, rawSigner(server.url, region, live));
      expect((await signed(encodeRequest(op, {}))).status).toBe(200);
      const sign = rawSigner(server.url, region, live);
      const req = encodeRequest(op, {});
      const headers = await sign(req);
      expect(headers['x-amz-security-token']).toBe(live.sessionToken);
      const changed = await rawClient(server.url)({ ...req, headers: { ...req.headers, ...headers, 'x-amz-security-token': 'another-token' } });
      expect(changed.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

/** A loopback server standing in for one service host: it records what arrives and answers 200 {}. */
function standIn(): { server: Server; seen: IncomingMessage[]; url: () => string } {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  return { server, seen, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('--endpoint aws, its hosts resolved to loopback stand-ins', () => {
  const pipelines = standIn();
  const voice = standIn();
  beforeAll(async () => {
    for (const s of [pipelines, voice]) await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of [pipelines, voice]) await new Promise((r) => s.server.close(r));
  });

  it('routes raw requests and SDK calls by service, each signed for its own host, with the session token', async () => {
    const resolveEndpoints = () => ({ 'media-pipelines': pipelines.url(), voice: voice.url() });
    const opened = await openTarget({ endpoint: 'aws', resolveEndpoints, region, credentials: live, auth: 'off' });
    try {
      const mp = getOperation('media-pipelines.GetVoiceToneAnalysisTask');
      const mpInput = { Identifier: 'p-1', VoiceToneAnalysisTaskId: '11111111-2222-3333-4444-555555555555' };
      await opened.target.raw(encodeRequest(mp, mpInput));
      await opened.target.sdk(mp, mpInput);
      await opened.target.raw(encodeRequest(getOperation('voice.GetVoiceProfile'), { VoiceProfileId: 'v-1' }));
      expect(pipelines.seen.map((r) => r.url)).toEqual([expect.stringMatching(/^\/media-insights-pipelines\/p-1\//), expect.stringMatching(/^\/media-insights-pipelines\/p-1\//)]);
      // The probe at opening, then the raw Get: Voice paths only.
      expect(voice.seen.map((r) => r.url)).toEqual(['/voice-profile-domains', '/voice-profiles/v-1']);
      for (const s of [pipelines, voice]) {
        for (const r of s.seen) {
          // --auth off is not honoured on the real service: every request is signed.
          expect(r.headers['authorization']).toMatch(/Credential=ASIAEXAMPLELIVE00001\/\d{8}\/eu-central-1\/chime\/aws4_request/);
          expect(r.headers['x-amz-security-token']).toBe(live.sessionToken);
          expect(r.headers['host']).toBe(new URL(s.url()).host);
        }
      }
      expect(opened.target.endpoints).toEqual(resolveEndpoints());
    } finally {
      await opened.close();
    }
  });

  it('never signs for the real service with the example key pair', async () => {
    await expect(
      openTarget({ endpoint: 'aws', resolveEndpoints: () => ({ 'media-pipelines': pipelines.url(), voice: voice.url() }), region, credentials: exampleCredentials, auth: 'strict' }),
    ).rejects.toThrow(/real credentials/);
  });
});
