import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerTooLarge } from '../../src/verify/answerLimits.js';
import { AnswerParser } from '../../src/verify/answerParser.js';

/** An answer's bytes in one of the three framings, with its body. */
const answers = fc.record({
  status: fc.constantFrom(200, 201, 400, 404, 409),
  body: fc.string({ unit: 'grapheme', maxLength: 300 }),
  framing: fc.constantFrom('length', 'chunked', 'close'),
  chunk: fc.integer({ min: 1, max: 40 }),
});

function bytesOf(a: { status: number; body: string; framing: string; chunk: number }): Buffer {
  const body = Buffer.from(a.body);
  const head = `HTTP/1.1 ${a.status} Whatever\r\nContent-Type: application/json\r\nX-Twice: a\r\nX-Twice: b\r\n`;
  if (a.framing === 'length') return Buffer.concat([Buffer.from(`${head}Content-Length: ${body.length}\r\n\r\n`), body]);
  if (a.framing === 'close') return Buffer.concat([Buffer.from(`${head}Connection: close\r\n\r\n`), body]);
  const parts: Buffer[] = [Buffer.from(`${head}Transfer-Encoding: chunked\r\n\r\n`)];
  for (let at = 0; at < body.length; at += a.chunk) {
    const piece = body.subarray(at, at + a.chunk);
    parts.push(Buffer.from(`${piece.length.toString(16)};ext=1\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

/** Feeds the bytes cut at the given places; ends the connection after them when the framing needs it. */
function parse(bytes: Buffer, cuts: number[], max = 1 << 20) {
  const parser = new AnswerParser(max);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
  let from = 0;
  for (const to of [...at, bytes.length]) {
    const done = parser.push(bytes.subarray(from, to));
    from = to;
    if (done) return done;
  }
  return parser.end();
}

describe('AnswerParser', () => {
  it('reads the same answer however the bytes are cut, in every framing', () => {
    fc.assert(
      fc.property(answers, fc.array(fc.nat(), { maxLength: 8 }), (a, cuts) => {
        const got = parse(bytesOf(a), cuts);
        expect(got?.status).toBe(a.status);
        expect(got?.body.toString('utf8')).toBe(a.body);
        expect(got?.headers['x-twice']).toBe('a, b');
        expect(got?.keepAlive).toBe(a.framing !== 'close');
      }),
      { numRuns: 300 },
    );
  });

  it('skips interim 1xx answers, and reads no body where none may come (204)', () => {
    const got = parse(Buffer.from('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nX-Amzn-RequestId: r\r\n\r\n'), []);
    expect(got).toMatchObject({ status: 204, keepAlive: true, headers: { 'x-amzn-requestid': 'r' } });
    expect(got?.body.length).toBe(0);
  });

  it('stops at the cap in every framing: AnswerTooLarge, not a buffer that grows', () => {
    for (const framing of ['length', 'chunked', 'close']) {
      const bytes = bytesOf({ status: 200, body: 'x'.repeat(2000), framing, chunk: 100 });
      expect(() => parse(bytes, [50, 900], 1000), framing).toThrow(AnswerTooLarge);
    }
  });

  it('refuses what is not HTTP/1.1, naming it, with a code as a connection failure', () => {
    expect(() => parse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'), [])).toThrow(/not HTTP\/1\.1: status line "SSH-2\.0-OpenSSH"/);
    expect(() => parse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n'), [])).toThrow(/Content-Length "lots"/);
    expect(() => parse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'), [])).toThrow(/chunk size/);
    expect(() => parse(Buffer.from('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n'), [])).toThrow(expect.objectContaining({ code: 'HPE_INVALID_ANSWER' }));
  });

  it('keeps no connection whose answer came with bytes after it', () => {
    const got = parse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}garbage'), []);
    expect(got).toMatchObject({ status: 200, keepAlive: false });
    expect(got?.body.toString()).toBe('{}');
    const chunked = parse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\ngarbage'), []);
    expect(chunked).toMatchObject({ status: 200, keepAlive: false });
    expect(chunked?.body.toString()).toBe('{}');
  });
});
