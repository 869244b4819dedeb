import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { rawClient } from '../../src/verify/reach/rawClient.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';
import { isStaleSocket, onceMoreIfStale } from '../../src/verify/reach/staleSocket.js';

/**
 * A server that closes a kept-alive connection as the next request arrives on it, as servers do when their
 * keep-alive timeout fires at that moment: the request never reached it. A fresh connection is answered.
 */
let server: Server;
let url = '';
let dropped = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    const socket = req.socket as typeof req.socket & { served?: number };
    socket.served = (socket.served ?? 0) + 1;
    if (socket.served > 1) {
      dropped++;
      socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"VoiceProfileDomains":[]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('a keep-alive socket the endpoint closed under a request', () => {
  it('is not a reason to send again once an answer has begun: the endpoint saw the request', async () => {
    let posts = 0;
    const cutter = createServer((req, res) => {
      posts++;
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"VoiceProfileDomain":');
      setTimeout(() => req.socket.destroy(), 20);
    });
    await new Promise<void>((r) => cutter.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(cutter.address() as AddressInfo).port}`;
    try {
      const body = JSON.stringify({ Name: 'n', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } });
      await expect(rawClient(at)({ method: 'POST', target: '/voice-profile-domains', headers: { 'content-type': 'application/json' }, body })).rejects.toThrow();
      expect(posts).toBe(1);
      await expect(sdkSender(at, 'us-east-1', exampleCredentials)(getOperation('voice.CreateVoiceProfileDomain'), JSON.parse(body))).rejects.toThrow();
      expect(posts).toBe(2);
    } finally {
      await new Promise<void>((r) => cutter.close(() => r()));
    }
  });

  it('is sent again on a new connection by the raw client, not reported as a failure of the case', async () => {
    const raw = rawClient(url);
    const before = dropped;
    for (let i = 0; i < 5; i++) expect((await raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })).status).toBe(200);
    expect(dropped - before).toBeGreaterThan(0);
  });

  // A burst leaves several pooled connections, which idle out together: the second attempt must not take the next.
  it('is sent again on a new connection even when the pool holds more stale ones (raw client)', async () => {
    const raw = rawClient(url);
    const get = () => raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
    await Promise.all([get(), get(), get()]);
    const before = dropped;
    expect((await get()).status).toBe(200);
    expect(dropped - before).toBe(1);
  });

  it('is sent again on a new connection even when the pool holds more stale ones (SDK sender)', async () => {
    const sdk = sdkSender(url, 'us-east-1', exampleCredentials);
    const list = () => sdk(getOperation('voice.ListVoiceProfileDomains'), {});
    await Promise.all([list(), list(), list()]);
    const before = dropped;
    expect((await list()).answer.status).toBe(200);
    expect(dropped - before).toBe(1);
  });

  it('is sent again by the SDK sender', async () => {
    const sdk = sdkSender(url, 'us-east-1', exampleCredentials);
    const before = dropped;
    for (let i = 0; i < 5; i++) expect((await sdk(getOperation('voice.ListVoiceProfileDomains'), {})).answer.status).toBe(200);
    expect(dropped - before).toBeGreaterThan(0);
  });
});

describe('isStaleSocket', () => {
  it('takes a reset or a broken pipe on a reused socket for a request the endpoint never saw', () => {
    expect(isStaleSocket(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isStaleSocket(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', reusedSocket: true }))).toBe(true);
  });

  it('sends nothing again once an answer had begun, or for other failures', () => {
    expect(isStaleSocket(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', reusedSocket: false }))).toBe(false);
    expect(isStaleSocket(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isStaleSocket(new Error('no code'))).toBe(false);
  });

  it('sends once more after a broken pipe, and only once', async () => {
    let attempts = 0;
    const send = () => (++attempts === 1 ? Promise.reject(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) : Promise.resolve('answered'));
    await expect(onceMoreIfStale(send)).resolves.toBe('answered');
    expect(attempts).toBe(2);
    const always = () => Promise.reject(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await expect(onceMoreIfStale(always)).rejects.toThrow('EPIPE');
  });
});
