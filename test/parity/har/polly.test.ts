import { Polly, type PollyConfig } from '@pollyjs/core';
import type { Har } from '@pollyjs/persister';
import FSPersisterModule from '@pollyjs/persister-fs';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/parity/exchange.js';
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { fileTempDir } from '../../support/tempDir.js';

/** The persister's own reads and writes; TypeScript calls two of them private, Polly calls them itself. */
interface PersisterApi {
  onFindRecording(id: string): Promise<Har | null> | Har | null;
  findRecording(id: string): Promise<Har | null>;
  saveRecording(id: string, har: unknown): Promise<void>;
}

// Its types say `export default` of a CommonJS module whose module.exports is the class itself.
const FSPersister = FSPersisterModule as unknown as NonNullable<PollyConfig['persister']>;
const recordingsDir = fileTempDir('chime-har-polly-');
const pollyOf = (name: string) => new Polly(name, { persister: FSPersister, persisterOptions: { fs: { recordingsDir } }, logLevel: 'silent' });
const persisterOf = (polly: Polly) => polly.persister as unknown as PersisterApi;
const started: Polly[] = [];
afterAll(async () => Promise.all(started.map((p) => p.stop())));

const exchanges: Exchange[] = [
  {
    startedAt: '2026-11-02T10:00:00.000Z',
    durationMs: 40,
    request: { method: 'POST', target: '/voice-profile-domains', headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '{"Name":"d"}' } },
    response: { status: 201, headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '{"VoiceProfileDomain":{"Name":"d"}}' } },
  },
  {
    startedAt: '2026-11-02T10:00:04.000Z',
    durationMs: 12.5,
    request: { method: 'GET', target: '/voice-profile-domains?max-results=2', headers: [], body: { text: '' } },
    response: { status: 200, headers: [], body: { text: '//79', encoding: 'base64' } },
  },
];

/** Writes the exchanges where Polly's FS persister looks for the recording of `polly`. */
async function recordFor(polly: Polly, creator?: { name: string; version: string }): Promise<void> {
  const file = join(recordingsDir, polly.recordingId, 'recording.har');
  mkdirSync(dirname(file), { recursive: true });
  const recorder = await openHarRecorder(file, { baseUrl: 'http://127.0.0.1:4566', ...(creator ? { creator } : {}) });
  for (const e of exchanges) await recorder.record(e);
  await recorder.close();
}

describe('Polly.js and our recordings', () => {
  it("Polly's FS persister loads our recording, entries and all", async () => {
    const polly = pollyOf('ours');
    started.push(polly);
    await recordFor(polly);
    const har = await persisterOf(polly).onFindRecording(polly.recordingId);
    expect(har?.log.entries).toHaveLength(2);
    expect(readHar(JSON.stringify(har), 'polly')).toEqual(exchanges);
    // Polly replays only recordings it made itself: its findRecording checks the creator's name.
    await expect(persisterOf(polly).findRecording(polly.recordingId)).rejects.toThrow(/is invalid/);
  });

  it("with Polly's creator name, Polly's findRecording takes it whole", async () => {
    const polly = pollyOf('as-polly');
    started.push(polly);
    await recordFor(polly, { name: 'Polly.JS', version: '6.0.6' });
    const har = await persisterOf(polly).findRecording(polly.recordingId);
    expect(har?.log.entries.map((e) => [e.request.method, e.request.url, e.response.status])).toEqual([
      ['POST', 'http://127.0.0.1:4566/voice-profile-domains', 201],
      ['GET', 'http://127.0.0.1:4566/voice-profile-domains?max-results=2', 200],
    ]);
  });

  it('readHar reads what Polly writes: its entry shape, saved by its own persister', async () => {
    const polly = pollyOf('polly-wrote');
    started.push(polly);
    const timings = (wait: number) => ({ blocked: -1, dns: -1, connect: -1, send: 0, wait, receive: 0, ssl: -1 });
    const content = (text?: string, encoding?: string) => ({ mimeType: 'text/plain', size: text?.length ?? 0, ...(text ? { text } : {}), ...(encoding ? { encoding } : {}) });
    const entry = (i: number, e: Exchange) => ({
      _id: `id-${i}`,
      _order: 0,
      startedDateTime: e.startedAt,
      time: e.durationMs,
      timings: timings(e.durationMs),
      cache: {},
      request: {
        httpVersion: 'HTTP/1.1',
        url: `http://127.0.0.1:4566${e.request.target}`,
        method: e.request.method,
        headers: e.request.headers,
        headersSize: 100,
        queryString: [],
        cookies: [],
        ...(e.request.body.text ? { postData: { mimeType: 'application/json', params: [], text: e.request.body.text } } : {}),
        bodySize: e.request.body.text.length,
      },
      response: {
        httpVersion: 'HTTP/1.1',
        status: e.response.status,
        statusText: 'OK',
        headers: e.response.headers,
        headersSize: 10,
        cookies: [],
        redirectURL: '',
        content: content(e.response.body.text, e.response.body.encoding),
        bodySize: 0,
      },
    });
    const har = {
      log: { version: '1.2', creator: { name: 'Polly.JS', version: Polly.VERSION, comment: 'persister:fs' }, _recordingName: 'polly-wrote', pages: [], entries: exchanges.map((e, i) => entry(i, e)) },
    };
    await persisterOf(polly).saveRecording(polly.recordingId, har);
    const file = join(recordingsDir, polly.recordingId, 'recording.har');
    expect(readHar(readFileSync(file, 'utf8'), file)).toEqual(exchanges);
  });
});
