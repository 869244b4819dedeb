import { ChimeSDKVoiceClient, CreateVoiceProfileDomainCommand, StartVoiceToneAnalysisTaskCommand } from '@aws-sdk/client-chime-sdk-voice';
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/emulator/http/startServer.js';
import { violationLine, type Violation } from '../../../src/parity/check/violation.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { startProxy, type RunningProxy } from '../../../src/parity/proxy/startProxy.js';
import { oneEndpoint } from '../../../src/verify/reach/serviceEndpoints.js';
import { mutants } from '../../mutants/mutants.js';

// The proxy's credentials and the client's differ: only a request the proxy signed anew passes `--auth strict`.
const upstreamKeys = { accessKeyId: 'AKIDPROXYUPSTREAM01', secretAccessKey: 'proxy-upstream-secret-key-0000000000000' };
const clientKeys = { accessKeyId: 'AKIDSOMECLIENT00001', secretAccessKey: 'client-secret-key-00000000000000000000000' };
const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

interface Seen {
  readonly exchange: Exchange;
  readonly violations: readonly Violation[];
}

async function proxyTo(upstream: string, seen: Seen[], limits?: { requestTimeoutMs: number; maxAnswerBytes: number }): Promise<RunningProxy> {
  return startProxy({
    upstream: oneEndpoint(upstream),
    region: 'us-east-1',
    credentials: upstreamKeys,
    ...(limits ? { limits } : {}),
    onExchange: (exchange, violations) => void seen.push({ exchange, violations }),
  });
}

/** A raw request: what an SDK would refuse to send, and the bytes of the answer exactly. */
function send(url: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(`${url}${path}`, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const voiceClient = (endpoint: string) => new ChimeSDKVoiceClient({ endpoint, region: 'us-east-1', credentials: clientKeys, maxAttempts: 1 });

describe('proxy in front of serve --auth strict, with other credentials than the client', () => {
  let emulator: RunningServer;
  let proxy: RunningProxy;
  const seen: Seen[] = [];
  beforeAll(async () => {
    emulator = await startServer({ auth: 'strict', credentials: [upstreamKeys], region: 'us-east-1' });
    proxy = await proxyTo(emulator.url, seen);
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((ok) => emulator.server.close(ok));
  });

  it('signs each request anew: the client is refused directly and served through the proxy', async () => {
    await expect(voiceClient(emulator.url).send(new CreateVoiceProfileDomainCommand({ Name: 'direct', ServerSideEncryptionConfiguration: { KmsKeyArn: kms } }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    const made = await voiceClient(proxy.url).send(new CreateVoiceProfileDomainCommand({ Name: 'proxied', ServerSideEncryptionConfiguration: { KmsKeyArn: kms } }));
    expect(made.VoiceProfileDomain?.Name).toBe('proxied');
    expect(seen.at(-1)?.violations).toEqual([]);
    expect(seen.at(-1)?.exchange.response.status).toBe(201);
  });

  it('forwards an invalid request as it came: the client gets the upstream answer, the violation is named', async () => {
    seen.length = 0;
    const body = JSON.stringify({ TransactionId: 't-1', LanguageCode: 'fr-FR' });
    const got = await send(proxy.url, 'POST', '/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks', body);
    // Unsigned by the client: the proxy's own signature got it past auth, and the upstream judged its content.
    expect([got.status, got.headers['x-amzn-errortype']]).toEqual([400, 'BadRequestException']);
    expect(got.body.equals(Buffer.from(seen[0]?.exchange.response.body.text ?? ''))).toBe(true);
    expect(seen[0]?.exchange.request.body.text).toBe(body);
    expect(seen[0]?.violations.map(violationLine)).toEqual([
      `voice.StartVoiceToneAnalysisTask request enum /LanguageCode  Value "fr-FR" at 'LanguageCode' failed to satisfy constraint: Member must satisfy enum value set: [en-US]`,
    ]);
  });
});

/** A loopback server answering every request with `answer`, or never (a stalled upstream). */
async function upstreamThat(answer: ((res: ServerResponse) => void) | 'stalls'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    if (answer !== 'stalls') answer(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('proxy in front of a wrong upstream', () => {
  const closing: (() => Promise<unknown>)[] = [];
  afterAll(async () => Promise.all(closing.map((c) => c())));

  it('returns the answer of a mutant byte for byte and names each violation of it', async () => {
    const mutant = mutants.find((m) => m.name === 'ok-200-not-201');
    if (!mutant) throw new Error('the ok-200-not-201 mutant is gone');
    const emulator = await startServer({ ...mutant.options });
    const seen: Seen[] = [];
    const proxy = await proxyTo(emulator.url, seen);
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => emulator.server.close(ok)),
    );
    const answer = await voiceClient(proxy.url).send(new StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 't-2', LanguageCode: 'en-US' }));
    expect(answer.$metadata.httpStatusCode).toBe(200);
    expect(seen[0]?.violations.map(violationLine)).toEqual(['voice.StartVoiceToneAnalysisTask response status /  answered 200 where the contract says 201']);
  });

  it('changes no byte of an answer, whatever its bytes and headers', async () => {
    const odd = Buffer.concat([Buffer.from('{"VoiceProfileDomains": [ ] ,\n "x":"\u00e9"}'), Buffer.from([0xff, 0xfe])]);
    const upstream = await upstreamThat((res) => res.writeHead(200, { 'x-amzn-requestid': 'r-1', 'x-odd-header': ' spaced  value ' }).end(odd));
    const seen: Seen[] = [];
    const proxy = await proxyTo(upstream.url, seen);
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => upstream.server.close(ok)),
    );
    const got = await send(proxy.url, 'GET', '/voice-profile-domains?max-results=3');
    expect(got.body.equals(odd)).toBe(true);
    expect(got.headers['x-odd-header']).toBe('spaced  value'); // Node trims the edges of a header value on both sides of the proxy alike
    expect(seen[0]?.exchange.response.body.encoding).toBe('base64');
    expect(seen[0]?.violations.map((v) => v.rule)).toEqual(['json']);
  });

  it('answers 504 with a clear message when the upstream stalls, and never hangs', async () => {
    const upstream = await upstreamThat('stalls');
    const lines: string[] = [];
    const proxy = await startProxy({
      upstream: oneEndpoint(upstream.url),
      region: 'us-east-1',
      credentials: upstreamKeys,
      limits: { requestTimeoutMs: 300, maxAnswerBytes: 1024 },
      onTrouble: (l) => void lines.push(l),
    });
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => (upstream.server.closeAllConnections(), upstream.server.close(ok))),
    );
    const got = await send(proxy.url, 'GET', '/voice-profile-domains');
    expect([got.status, got.headers['x-chime-conformance-proxy']]).toEqual([504, 'refused']);
    expect(JSON.parse(got.body.toString())).toEqual({
      message: 'chime-conformance proxy: the upstream did not answer in time (no answer within 0.3 s); check that it is up, or raise --request-timeout (now 0.3 s)',
    });
    expect(lines).toEqual(['GET /voice-profile-domains: the upstream did not answer in time (no answer within 0.3 s); check that it is up, or raise --request-timeout (now 0.3 s)']);
  });

  it('refuses a request body past the cap with 413 and forwards nothing', async () => {
    let reached = 0;
    const upstream = await upstreamThat((res) => (reached++, res.writeHead(200).end('{}')));
    const proxy = await startProxy({ upstream: oneEndpoint(upstream.url), region: 'us-east-1', credentials: upstreamKeys, maxRequestBytes: 1000 });
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => upstream.server.close(ok)),
    );
    const got = await send(proxy.url, 'POST', '/voice-profile-domains', JSON.stringify({ Name: 'x'.repeat(5000) }));
    expect(got.status).toBe(413);
    expect(reached).toBe(0);
  });
});

describe('proxy at the edges of HTTP', () => {
  const closing: (() => Promise<unknown>)[] = [];
  afterAll(async () => Promise.all(closing.map((c) => c())));

  it('signs a query with a + as the upstream reads it: serve --auth strict answers the request, not 403', async () => {
    const emulator = await startServer({ auth: 'strict', credentials: [upstreamKeys], region: 'us-east-1' });
    const proxy = await proxyTo(emulator.url, []);
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => emulator.server.close(ok)),
    );
    const got = await send(proxy.url, 'GET', '/voice-profile-domains?max-results=3&next-token=a+b');
    expect(got.status).not.toBe(403);
    expect(got.headers['x-amzn-errortype']).not.toBe('InvalidSignatureException');
  });

  it('refuses a request from a web page (Origin) with 403, forwarding nothing', async () => {
    let reached = 0;
    const upstream = await upstreamThat((res) => (reached++, res.writeHead(200).end('{}')));
    const lines: string[] = [];
    const proxy = await startProxy({ upstream: oneEndpoint(upstream.url), region: 'us-east-1', credentials: upstreamKeys, onTrouble: (l) => void lines.push(l) });
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => upstream.server.close(ok)),
    );
    const got = await send(proxy.url, 'POST', '/_chime/reset', '{}', { origin: 'https://evil.example' });
    expect([got.status, got.headers['x-chime-conformance-proxy'], reached]).toEqual([403, 'refused', 0]);
    expect(lines).toEqual(['POST /_chime/reset: refused, it came from a web page (Origin "https://evil.example")']);
  });

  it('gives the client a 502 for a status HTTP has not, and passes headers named like Object members as sent', async () => {
    const seenHeaders: string[] = [];
    const upstream = await upstreamThat((res) => {
      seenHeaders.push(String(res.req.headers['constructor']));
      res.socket?.end('HTTP/1.1 099 Odd\r\ncontent-length: 2\r\n\r\n{}');
    });
    const proxy = await proxyTo(upstream.url, []);
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => (upstream.server.closeAllConnections(), upstream.server.close(ok))),
    );
    const got = await send(proxy.url, 'GET', '/voice-profile-domains', undefined, { constructor: 'c1' });
    expect([got.status, got.headers['x-chime-conformance-proxy']]).toEqual([502, 'refused']);
    expect(seenHeaders).toEqual(['c1']);
  });

  it('never quotes a body that is not JSON in a violation: it may hold a secret', async () => {
    const upstream = await upstreamThat((res) => res.writeHead(400, { 'x-amzn-errortype': 'BadRequestException', 'x-amzn-requestid': 'r' }).end('{"Message":"bad"}'));
    const seen: Seen[] = [];
    const proxy = await proxyTo(upstream.url, seen);
    closing.push(
      () => proxy.close(),
      () => new Promise((ok) => upstream.server.close(ok)),
    );
    await send(proxy.url, 'POST', '/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks', '{"ClientRequestToken": tokSECRETvalue123}');
    expect(seen[0]?.violations.map(violationLine)).toEqual(['voice.StartVoiceToneAnalysisTask request json /  the body is not JSON']);
  });

  it('ends a keep-alive connection after the answer in flight when stopped, and stops', async () => {
    const upstream = await upstreamThat((res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"VoiceProfileDomains":[]}'), 200));
    const proxy = await proxyTo(upstream.url, []);
    closing.push(() => new Promise((ok) => upstream.server.close(ok)));
    const inFlight = send(proxy.url, 'GET', '/voice-profile-domains', undefined, { connection: 'keep-alive' });
    await new Promise((ok) => setTimeout(ok, 50));
    const stopped = proxy.close();
    const got = await inFlight;
    expect([got.status, got.headers.connection]).toEqual([200, 'close']);
    await stopped;
    await expect(send(proxy.url, 'GET', '/voice-profile-domains')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
