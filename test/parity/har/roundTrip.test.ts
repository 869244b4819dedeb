import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harEntry } from '../../../src/parity/har/harEntry.js';
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { exchanges, harSchemaErrors } from './harSupport.js';
import { fileTempDir } from '../../support/tempDir.js';

const dir = fileTempDir('chime-har-');
const bases = ['http://127.0.0.1:4566', 'https://voice-chime.us-east-1.amazonaws.com/', 'http://[::1]:8080/prefix'];

describe('Exchange → HAR → readHar → Exchange', () => {
  it('gives back every exchange as it was, in order, from a file that har-schema accepts', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(exchanges, { maxLength: 4 }), fc.constantFrom(...bases), async (recorded, baseUrl) => {
        const file = join(dir, `round-${run++}.har`);
        const recorder = await openHarRecorder(file, { baseUrl });
        for (const e of recorded) await recorder.record(e);
        await recorder.close();
        const text = readFileSync(file, 'utf8');
        expect(harSchemaErrors(JSON.parse(text))).toEqual([]);
        expect(readHar(text, 'round.har')).toEqual(recorded);
      }),
      { numRuns: 150 },
    );
  });

  it('writes an entry with the members HAR 1.2 asks for, and a target that is not URI text whole in _target', () => {
    const entry = harEntry(
      {
        startedAt: '2026-11-02T10:00:00.000Z',
        durationMs: 40,
        request: { method: 'POST', target: '/a b?x=%zz', headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '//8=', encoding: 'base64' } },
        response: { status: 201, headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '{}' } },
      },
      'http://127.0.0.1:4566',
    );
    expect(entry).toEqual({
      startedDateTime: '2026-11-02T10:00:00.000Z',
      time: 40,
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:4566/a%20b?x=%25zz',
        httpVersion: 'HTTP/1.1',
        cookies: [],
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        queryString: [{ name: 'x', value: '%zz' }],
        postData: { mimeType: 'application/json', text: '//8=', _encoding: 'base64' },
        headersSize: -1,
        bodySize: 2,
        _target: '/a b?x=%zz',
      },
      response: {
        status: 201,
        statusText: 'Created',
        httpVersion: 'HTTP/1.1',
        cookies: [],
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        content: { size: 2, mimeType: 'application/json', text: '{}' },
        redirectURL: '',
        headersSize: -1,
        bodySize: 2,
      },
      cache: {},
      timings: { send: 0, wait: 40, receive: 0 },
    });
  });
});
