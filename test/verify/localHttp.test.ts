import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getOperation, operations } from '../../src/contract/catalog.js';
import { encodeRequest, type EncodedRequest } from '../../src/wire/encodeRequest.js';
import { AnswerTooLarge, NoAnswer } from '../../src/verify/answerLimits.js';
import { startEmbeddedEmulator } from '../../src/verify/embeddedEmulator.js';
import { localHttpClient } from '../../src/verify/localHttp.js';
import { rawClient } from '../../src/verify/rawClient.js';

const limits = { requestTimeoutMs: 600, maxAnswerBytes: 4096 };
const list: EncodedRequest = { method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined };
const servers: Server[] = [];
const sockets = new Set<Socket>();
// The clients keep their connections alive: the servers end them.
afterAll(() => Promise.all(servers.map((s) => new Promise<void>((r) => (s.close(() => r()), sockets.forEach((c) => c.destroy()))))));

/** A server on a Unix socket of its own that answers each request (a head and body seen) as `answer` says. */
async function scripted(answer: (socket: Socket, n: number, request: string) => void): Promise<string> {
  const path = join(tmpdir(), `chime-conformance-test-${randomBytes(4).toString('hex')}.sock`);
  let n = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    let pending = '';
    socket.on('data', (d) => {
      pending += d.toString('latin1');
      const end = pending.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(pending)?.[1] ?? 0);
      if (end < 0 || pending.length < end + 4 + length) return;
      const request = pending.slice(0, end + 4 + length);
      pending = pending.slice(end + 4 + length);
      answer(socket, ++n, request);
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(path, r));
  return path;
}

const ok = (body: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('localHttpClient', () => {
  it('answers what rawClient over TCP answers, for valid and invalid requests of every operation', async () => {
    const emulator = await startEmbeddedEmulator({ auth: 'off' });
    try {
      const local = localHttpClient(emulator.url, emulator.socketPath ?? '', undefined, limits);
      const tcp = rawClient(emulator.url, undefined, limits, true);
      const requests = operations.flatMap((id) => [encodeRequest(getOperation(id), {}), encodeRequest(getOperation(id), { VoiceProfileDomainId: 'x', Name: 'n' })]);
      for (const r of requests) {
        const [a, b] = [await local(r), await tcp(r)];
        const same = (x: typeof a) => ({ status: x.status, body: x.body.replace(/"[0-9a-f-]{36}"/g, '"id"'), type: x.headers['content-type'], error: x.headers['x-amzn-errortype'] });
        expect(same(a), `${r.method} ${r.target}`).toEqual(same(b));
      }
    } finally {
      await emulator.close();
    }
  });

  it('writes the request as Node writes it: the headers given, Content-Length for a body, then Host and keep-alive', async () => {
    let seen = '';
    const path = await scripted((s, _n, request) => ((seen = request), s.write(ok('{}'))));
    const send = localHttpClient('http://127.0.0.1:4566/prefix', path, async () => ({ authorization: 'signed' }), limits);
    await send({ method: 'POST', target: '/voice-profile-domains?x=1', headers: { 'content-type': 'application/json' }, body: '{"Name":"é"}' });
    // The server read bytes as latin1: the body's é is its two UTF-8 bytes, counted in Content-Length.
    expect(Buffer.from(seen, 'latin1').toString('utf8')).toBe(
      'POST /prefix/voice-profile-domains?x=1 HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 13\r\nauthorization: signed\r\nHost: 127.0.0.1:4566\r\nConnection: keep-alive\r\n\r\n{"Name":"é"}',
    );
  });

  it('keeps a connection alive between exchanges, and opens a new one once the server closed the idle one', async () => {
    const connections = new Set<Socket>();
    const path = await scripted((s, n) => {
      connections.add(s);
      s.write(ok(`{"n":${n}}`));
      // The second answer is the last this connection carries: the server closes it once idle.
      if (n === 2) setTimeout(() => s.destroy(), 20);
    });
    const send = localHttpClient('http://127.0.0.1:1', path, undefined, limits);
    expect((await send(list)).body).toBe('{"n":1}');
    expect((await send(list)).body).toBe('{"n":2}');
    expect(connections.size).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect((await send(list)).body).toBe('{"n":3}');
    expect(connections.size).toBe(2);
  });

  it('sends once more, on a new connection, a request the server closed a kept-alive connection under', async () => {
    const served = new Map<Socket, number>();
    let dropped = 0;
    // Each connection carries one answer; a request arriving on it later is met by a close, as when a keep-alive
    // timeout fires just then: the server never handled that request.
    const path = await scripted((s, n) => {
      if (served.has(s)) return void (dropped++, s.destroy());
      served.set(s, n);
      s.write(ok(`{"n":${n}}`));
    });
    const send = localHttpClient('http://127.0.0.1:1', path, undefined, limits);
    for (let i = 0; i < 4; i++) expect((await send(list)).status).toBe(200);
    expect(dropped).toBeGreaterThan(0);
  });

  it('ends every exchange: a deadline for an endpoint that never answers or trickles, the cap for a large answer', async () => {
    const path = await scripted((s, n) => {
      if (n === 1) return;
      if (n === 2) {
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{');
        return;
      }
      s.write(ok('x'.repeat(5000)));
    });
    const send = localHttpClient('http://127.0.0.1:1', path, undefined, limits);
    await expect(send(list)).rejects.toThrow(new NoAnswer('no answer within 0.6 s'));
    await expect(send(list)).rejects.toThrow(new NoAnswer('the answer did not finish within 0.6 s'));
    await expect(send(list)).rejects.toBeInstanceOf(AnswerTooLarge);
  });

  it('fails a fresh connection the endpoint closes without an answer, as a connection failure not sent again', async () => {
    let requests = 0;
    const path = await scripted((s) => (requests++, s.destroy()));
    const send = localHttpClient('http://127.0.0.1:1', path, undefined, limits);
    await expect(send(list)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(requests).toBe(1);
    const nowhere = localHttpClient('http://127.0.0.1:1', join(tmpdir(), 'chime-conformance-no-such.sock'), undefined, limits);
    await expect(nowhere(list)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('carries many exchanges at once, each with its own answer', async () => {
    const path = await scripted((s, _n, request) => void setTimeout(() => s.write(ok(JSON.stringify(/\?i=(\d+)/.exec(request)?.[1]))), Math.random() * 10));
    const send = localHttpClient('http://127.0.0.1:1', path, undefined, limits);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => send({ ...list, target: `/voice-profile-domains?i=${i}` })));
    expect(answers.map((a) => JSON.parse(a.body))).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
  });
});
