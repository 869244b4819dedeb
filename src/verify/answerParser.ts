import { AnswerTooLarge } from './answerLimits.js';

/** An HTTP/1.1 answer as read off a connection. */
export interface ParsedAnswer {
  readonly status: number;
  /** Names in lower case; a repeated header's values joined with ', '. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Whether the connection may carry another request. */
  readonly keepAlive: boolean;
}

type Framing = { readonly kind: 'length'; readonly bytes: number } | { readonly kind: 'chunked' } | { readonly kind: 'close' } | { readonly kind: 'none' };

interface Head {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly keepAlive: boolean;
  readonly framing: Framing;
}

/** Longer heads are not an answer this client takes: no contract answer comes near. */
const maxHeadBytes = 64 * 1024;

/** Thrown for bytes that are not an HTTP/1.1 answer: a failure of the connection, as Node's parser reports it. */
export const malformed = (what: string): Error => Object.assign(new Error(`the answer is not HTTP/1.1: ${what}`), { code: 'HPE_INVALID_ANSWER' });

function framingOf(status: number, headers: Record<string, string>, noBody: boolean): Framing {
  if (noBody || status === 204 || status === 304) return { kind: 'none' };
  if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) return { kind: 'chunked' };
  const length = headers['content-length'];
  if (length === undefined) return { kind: 'close' };
  if (!/^\d+$/.test(length.trim())) throw malformed(`Content-Length ${JSON.stringify(length)}`);
  return { kind: 'length', bytes: Number(length) };
}

function parseHead(text: string, noBody: boolean): Head {
  const lines = text.split('\r\n');
  const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0] ?? '');
  if (!statusLine) throw malformed(`status line ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw malformed(`header line ${JSON.stringify(line.slice(0, 40))}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const status = Number(statusLine[2]);
  const connection = (headers['connection'] ?? '').toLowerCase();
  const keepAlive = statusLine[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
  return { status, headers, keepAlive, framing: framingOf(status, headers, noBody) };
}

/**
 * Reads one answer from the bytes of a connection as they come: the head, then a body framed by its length,
 * by chunks, or by the connection's end. The body is capped: past `maxBytes` it throws AnswerTooLarge.
 */
export class AnswerParser {
  private buffered: Buffer = Buffer.alloc(0);
  private head: Head | undefined;
  private readonly chunks: Buffer[] = [];
  private bodyBytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly noBody = false,
  ) {}

  /** Whether any byte of an answer has arrived. */
  get begun(): boolean {
    return this.head !== undefined || this.buffered.length > 0;
  }

  /** The answer, once these bytes complete it; undefined while more are needed. */
  push(data: Buffer): ParsedAnswer | undefined {
    this.buffered = this.buffered.length === 0 ? data : Buffer.concat([this.buffered, data]);
    while (!this.head) {
      const end = this.buffered.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.buffered.length > maxHeadBytes) throw malformed(`a head over ${maxHeadBytes} bytes`);
        return undefined;
      }
      const head = parseHead(this.buffered.toString('latin1', 0, end), this.noBody);
      this.buffered = this.buffered.subarray(end + 4);
      // 1xx answers are interim: the answer follows them on the same connection.
      if (head.status >= 200) this.head = head;
    }
    return this.readBody(this.head);
  }

  /** The connection ended: the answer, when its end is what frames it. */
  end(): ParsedAnswer | undefined {
    if (this.head?.framing.kind !== 'close') return undefined;
    this.take(this.buffered);
    return this.answer(this.head, false);
  }

  private readBody(head: Head): ParsedAnswer | undefined {
    const framing = head.framing;
    if (framing.kind === 'none') return this.answer(head, head.keepAlive);
    if (framing.kind === 'close') {
      if (this.bodyBytes + this.buffered.length > this.maxBytes) throw new AnswerTooLarge(this.maxBytes);
      return undefined;
    }
    if (framing.kind === 'length') {
      if (framing.bytes > this.maxBytes) throw new AnswerTooLarge(this.maxBytes);
      if (this.buffered.length < framing.bytes) return undefined;
      this.take(this.buffered.subarray(0, framing.bytes));
      return this.answer(head, head.keepAlive && this.buffered.length === framing.bytes);
    }
    return this.readChunks(head);
  }

  private readChunks(head: Head): ParsedAnswer | undefined {
    for (;;) {
      const lineEnd = this.buffered.indexOf('\r\n');
      if (lineEnd < 0) return undefined;
      const size = parseInt(this.buffered.toString('latin1', 0, lineEnd).split(';')[0] ?? '', 16);
      if (!Number.isInteger(size) || size < 0) throw malformed('a chunk size that is not hexadecimal');
      if (size === 0) {
        // The last chunk, then trailers (none expected) up to an empty line.
        const bare = this.buffered.indexOf('\r\n', lineEnd + 2) === lineEnd + 2;
        const trailersEnd = this.buffered.indexOf('\r\n\r\n', lineEnd);
        if (!bare && trailersEnd < 0) return undefined;
        const end = bare ? lineEnd + 4 : trailersEnd + 4;
        // Bytes after the answer: as for a length-framed one, the connection is not used again.
        return this.answer(head, head.keepAlive && this.buffered.length === end);
      }
      if (this.bodyBytes + size > this.maxBytes) throw new AnswerTooLarge(this.maxBytes);
      if (this.buffered.length < lineEnd + 2 + size + 2) return undefined;
      this.take(this.buffered.subarray(lineEnd + 2, lineEnd + 2 + size));
      this.buffered = this.buffered.subarray(lineEnd + 2 + size + 2);
    }
  }

  private take(piece: Buffer): void {
    if (this.bodyBytes + piece.length > this.maxBytes) throw new AnswerTooLarge(this.maxBytes);
    this.chunks.push(piece);
    this.bodyBytes += piece.length;
  }

  private answer(head: Head, keepAlive: boolean): ParsedAnswer {
    const body = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    return { status: head.status, headers: head.headers, body, keepAlive };
  }
}
