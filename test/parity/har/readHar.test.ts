import { describe, expect, it } from 'vitest';
import { harEntry } from '../../../src/parity/har/harEntry.js';
import { BadHar, readHar } from '../../../src/parity/har/readHar.js';

const hint = 'Hint: correct that member, or record again (chime-conformance proxy, Polly.js and browsers write HAR 1.2)';

const entry = (i: number) =>
  harEntry(
    {
      startedAt: '2026-11-02T10:00:00.000Z',
      durationMs: i,
      request: { method: 'GET', target: `/voice-profiles/vp-${i}`, headers: [], body: { text: '' } },
      response: { status: 200, headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '{}' } },
    },
    'http://127.0.0.1:4566',
  );

/** A recording of four entries, `change` applied to the JSON of the entry it names. */
function recording(change: (entries: any[]) => void = () => undefined): string {
  const entries = JSON.parse(JSON.stringify([0, 1, 2, 3].map(entry))) as any[];
  change(entries);
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } });
}

const problem = (text: string): string => {
  try {
    readHar(text, 'recording.har');
  } catch (e) {
    expect(e).toBeInstanceOf(BadHar);
    return (e as Error).message;
  }
  throw new Error('readHar accepted it');
};

describe('readHar refuses what is not HAR 1.2, naming the first problem and where', () => {
  it.each([
    ['a status that is text', (es: any[]) => void (es[3].response.status = '200'), 'log.entries[3].response.status must be integer'],
    ['a missing statusText', (es: any[]) => void delete es[0].response.statusText, 'log.entries[0].response.statusText is missing'],
    ['a date past its month', (es: any[]) => void (es[1].startedDateTime = '2026-02-30T10:00:00.000Z'), 'log.entries[1].startedDateTime must be an RFC 3339 date and time'],
    ['a URL with a space', (es: any[]) => void (es[2].request.url = 'http://127.0.0.1:4566/a b'), 'log.entries[2].request.url must be an absolute URI'],
    ['a header without value', (es: any[]) => void (es[0].request.headers = [{ name: 'X' }]), 'log.entries[0].request.headers[0].value is missing'],
    [
      'a cache entry of another shape',
      (es: any[]) => void (es[0].cache = { beforeRequest: { eTag: '' } }),
      'log.entries[0].cache.beforeRequest must be null or an object with lastAccess, eTag and hitCount',
    ],
    [
      'an encoding HAR does not name',
      (es: any[]) => void (es[2].response.content.encoding = 'gzip'),
      'log.entries[2].response.content.encoding must be base64 or absent: the only encoding HAR 1.2 names',
    ],
    [
      'base64 that is not',
      (es: any[]) => void Object.assign(es[0].response.content, { encoding: 'base64', text: 'not base64!' }),
      'log.entries[0].response.content.text must be base64, as its encoding says',
    ],
  ])('%s', (_, change, what) => {
    expect(problem(recording(change))).toBe(`chime-conformance: recording.har: ${what}. ${hint}`);
  });

  it('a document that is not an object, or has no log', () => {
    expect(problem('[]')).toBe(`chime-conformance: recording.har: the document must be object. ${hint}`);
    expect(problem('{"entries":[]}')).toBe(`chime-conformance: recording.har: log is missing. ${hint}`);
  });

  it('text that is not JSON, without quoting it (it may hold a secret)', () => {
    const cut = recording().slice(0, 300);
    expect(problem(cut)).toBe('chime-conformance: recording.har: is not JSON: it ends early (a recording cut short?). Hint: give the .har file itself, whole, as a recorder wrote it');
    const message = problem('{"log": s3cr3t-token-value}');
    expect(message).toMatch(/^chime-conformance: recording\.har: is not JSON( at (line \d+ column \d+|character \d+))?\. Hint: give the \.har file itself/);
    expect(message).not.toContain('s3cr3t');
  });

  it('a recording over 256 MiB or over 1,000,000 entries, before reading it through', () => {
    const big = `{"log":{"comment":"${'x'.repeat(256 * 1024 * 1024)}"}}`;
    expect(problem(big)).toBe('chime-conformance: recording.har: is larger than 256 MiB, more than readHar takes. Hint: record shorter sessions (one recording per run or per suite)');
    const many = `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[${'{},'.repeat(1_000_000)}{}]}}`;
    expect(problem(many)).toBe('chime-conformance: recording.har: has 1000001 entries, more than the 1000000 readHar takes. Hint: record shorter sessions (one recording per run or per suite)');
  });

  it('reads a HAR from elsewhere: a target from the URL, base64 bodies, an offset start, HTTP/2 pseudo-headers left out', () => {
    const text = recording((es) => {
      es[0].startedDateTime = '2026-11-02T12:00:00+02:00';
      es[0].request.url = 'https://example.com:8443/voice-profiles?max-results=2#top';
      es[0].request.headers = [
        { name: ':authority', value: 'example.com' },
        { name: 'accept', value: '*/*' },
      ];
      es[0].request.postData = { mimeType: 'application/octet-stream', text: '//79', encoding: 'base64' };
      es[0].response.content = { size: 2, mimeType: 'application/json', text: 'e30=', encoding: 'base64' };
    });
    expect(readHar(text, 'recording.har')[0]).toEqual({
      startedAt: '2026-11-02T10:00:00.000Z',
      durationMs: 0,
      request: { method: 'GET', target: '/voice-profiles?max-results=2', headers: [{ name: 'accept', value: '*/*' }], body: { text: '//79', encoding: 'base64' } },
      response: { status: 200, headers: [{ name: 'Content-Type', value: 'application/json' }], body: { text: '{}' } },
    });
  });
});
