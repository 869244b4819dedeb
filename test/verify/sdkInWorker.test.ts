import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { AnswerTooLarge, NoAnswer } from '../../src/verify/reach/answerLimits.js';
import { sdkInWorker } from '../../src/verify/reach/sdkInWorker.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';

/** Answers a domain by path: /voice-profile-domains/big is larger than the cap below, /slow never answers. */
let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.endsWith('/slow')) return;
    const name = req.url?.endsWith('/big') ? 'x'.repeat(5000) : 'small';
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ VoiceProfileDomain: { VoiceProfileDomainId: 'd-1', Name: name, CreatedTimestamp: '2026-12-02T10:00:00Z' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = getOperation('voice.GetVoiceProfileDomain');
const limits = { requestTimeoutMs: 500, maxAnswerBytes: 1000 };

describe('sdkInWorker', () => {
  it('answers as sdkSender does in the calling thread: the raw answer and what the SDK read (dates as dates)', async () => {
    const thread = sdkInWorker({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, limits });
    try {
      await thread.ready;
      const there = await thread.send(get, { VoiceProfileDomainId: 'd-1' });
      const here = await sdkSender(url, 'us-east-1', exampleCredentials, limits)(get, { VoiceProfileDomainId: 'd-1' });
      const { date: _a, ...thereHeaders } = there.answer.headers;
      const { date: _b, ...hereHeaders } = here.answer.headers;
      expect({ ...there.answer, headers: thereHeaders }).toEqual({ ...here.answer, headers: hereHeaders });
      const domain = (there.output as { VoiceProfileDomain: { CreatedTimestamp: unknown } }).VoiceProfileDomain;
      expect(domain.CreatedTimestamp).toBeInstanceOf(Date);
      expect(there.error).toBeUndefined();
    } finally {
      await thread.close();
    }
  });

  it('fails a call with the error classes the run tells apart: a passed deadline, a cap, a refused connection', async () => {
    const thread = sdkInWorker({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, limits });
    const refused = sdkInWorker({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', credentials: exampleCredentials, limits });
    try {
      const late = thread.send(get, { VoiceProfileDomainId: 'slow' });
      await expect(late).rejects.toBeInstanceOf(NoAnswer);
      await expect(late).rejects.toThrow('no answer within 0.5 s');
      const big = thread.send(get, { VoiceProfileDomainId: 'big' });
      await expect(big).rejects.toBeInstanceOf(AnswerTooLarge);
      await expect(big).rejects.toMatchObject({ maxBytes: 1000 });
      await expect(refused.send(get, { VoiceProfileDomainId: 'd-1' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await Promise.all([thread.close(), refused.close()]);
    }
  });

  it('refuses an input that cannot be copied to the thread, and goes on answering', async () => {
    const thread = sdkInWorker({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, limits });
    try {
      await expect(thread.send(get, { VoiceProfileDomainId: 'd-1', hook: () => 1 })).rejects.toThrow(/could not be cloned/);
      expect((await thread.send(get, { VoiceProfileDomainId: 'd-1' })).answer.status).toBe(200);
    } finally {
      await thread.close();
    }
  });

  it('fails the call of an operation it does not know, and goes on answering', async () => {
    const thread = sdkInWorker({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, limits });
    try {
      await expect(thread.send({ ...get, id: 'voice.NoSuchOperation' }, {})).rejects.toThrow(/NoSuchOperation/);
      expect((await thread.send(get, { VoiceProfileDomainId: 'd-1' })).answer.status).toBe(200);
    } finally {
      await thread.close();
    }
  });

  it('fails every call at once after the thread stopped, with a code the fuse of the run reads as a connection failure', async () => {
    const thread = sdkInWorker({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, limits });
    await thread.ready;
    await thread.close();
    const late = thread.send(get, { VoiceProfileDomainId: 'd-1' });
    await expect(late).rejects.toThrow(/the AWS SDK thread stopped/);
    await expect(late).rejects.toMatchObject({ code: 'ERR_SDK_THREAD_STOPPED' });
  });
});
