import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { AnswerTooLarge } from '../../src/verify/reach/answerLimits.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';

interface Seen {
  /** Every header line as sent, names in lower case, in order: a header sent twice shows twice. */
  readonly lines: readonly string[];
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, unknown>;
  readonly body: string;
}

/** A server that records every request and answers it with a domain named by its arrival number. */
let server: Server;
let url = '';
const seen: Seen[] = [];
const bodyOf = (req: IncomingMessage) =>
  new Promise<string>(
    (r) => (
      req.setEncoding('utf8'),
      (() => {
        let b = '';
        req.on('data', (c: string) => (b += c)).on('end', () => r(b));
      })()
    ),
  );
beforeAll(async () => {
  server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      const lines = req.rawHeaders.flatMap((v, i) => (i % 2 === 0 ? [`${v.toLowerCase()}: ${req.rawHeaders[i + 1] ?? ''}`] : []));
      seen.push({ lines, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const n = seen.length;
      // Later arrivals answer sooner: answers of calls at once come back in another order than they went out.
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ VoiceProfileDomain: { VoiceProfileDomainId: `d-${n}`, Name: `n-${n}` } })), Math.max(0, 30 - n));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** What differs between any two requests of the SDK: when, which invocation, and so the signature. */
const perCall = new Set(['x-amz-date', 'authorization', 'amz-sdk-invocation-id', 'x-amz-user-agent', 'user-agent']);
const lasting = (s: Seen) => ({
  ...s,
  lines: s.lines.filter((l) => !perCall.has(l.slice(0, l.indexOf(':')))),
  headers: Object.fromEntries(Object.entries(s.headers).filter(([k]) => !perCall.has(k))),
});

describe('sdkSender', () => {
  it('sends what the AWS SDK client sends by itself: a cached middleware stack and signer change the cost, not the request', async () => {
    const input = { VoiceProfileDomainId: 'd-1', Name: 'renamed', Description: 'a domain' };
    const plain = new voice.ChimeSDKVoiceClient({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, maxAttempts: 1 });
    await plain.send(new voice.UpdateVoiceProfileDomainCommand(input));
    const send = sdkSender(url, 'us-east-1', exampleCredentials);
    await send(getOperation('voice.UpdateVoiceProfileDomain'), input);
    await send(getOperation('voice.UpdateVoiceProfileDomain'), input);
    const [byItself, first, second] = seen.slice(-3).map(lasting);
    expect(first).toEqual(byItself);
    expect(second).toEqual(byItself);
    expect(String(seen.at(-1)?.headers['authorization'])).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${exampleCredentials.accessKeyId}/\\d{8}/us-east-1/chime/aws4_request, `));
  });

  it('gives each of many calls at once its own answer, the same input sent at once included', async () => {
    const send = sdkSender(url, 'us-east-1', exampleCredentials);
    const input = { VoiceProfileDomainId: 'd-1' };
    const calls = await Promise.all(Array.from({ length: 12 }, () => send(getOperation('voice.GetVoiceProfileDomain'), input)));
    const ids = calls.map((c) => (c.output as { VoiceProfileDomain: { VoiceProfileDomainId: string } }).VoiceProfileDomain.VoiceProfileDomainId);
    expect(new Set(ids).size).toBe(12);
    for (const [i, c] of calls.entries()) expect(JSON.parse(c.answer.body).VoiceProfileDomain.VoiceProfileDomainId).toBe(ids[i]);
  });

  it('holds an answer handed over as bytes (the embedded wire) to the cap, and reads one under it as the SDK does', async () => {
    const domain = (name: string) => JSON.stringify({ VoiceProfileDomain: { VoiceProfileDomainId: 'd-1', Name: name, CreatedTimestamp: '2026-12-02T10:00:00Z' } });
    const through = async (req: { target: string }) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: domain(req.target.endsWith('/big') ? 'x'.repeat(5000) : 'small') });
    const send = sdkSender(url, 'us-east-1', exampleCredentials, { requestTimeoutMs: 1000, maxAnswerBytes: 1000 }, through);
    const get = getOperation('voice.GetVoiceProfileDomain');
    await expect(send(get, { VoiceProfileDomainId: 'big' })).rejects.toBeInstanceOf(AnswerTooLarge);
    const small = await send(get, { VoiceProfileDomainId: 'small' });
    expect(small.answer.body).toBe(domain('small'));
    expect((small.output as { VoiceProfileDomain: { CreatedTimestamp: unknown } }).VoiceProfileDomain.CreatedTimestamp).toEqual(new Date('2026-12-02T10:00:00Z'));
  });
});
