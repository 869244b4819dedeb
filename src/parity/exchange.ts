/** One HTTP header as it crossed the wire: HAR keeps headers as such a list, in order, duplicates included. */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/** A body as text: UTF-8 as sent, or base64 when the bytes are not UTF-8 (a malformed request may send any). */
export interface Body {
  readonly text: string;
  readonly encoding?: 'base64';
}

/**
 * One request and its answer, as the proxy relayed them and a recording keeps them: the unit that `proxy`
 * validates and records, `replay` sends again, and `validate --har` checks against the contract.
 */
export interface Exchange {
  /** When the request reached the proxy, ISO 8601 with milliseconds: replay keeps the gaps between exchanges. */
  readonly startedAt: string;
  /** From the request's arrival to the last byte of its answer. */
  readonly durationMs: number;
  readonly request: {
    readonly method: string;
    /** Path and query exactly as the client sent them, still percent-encoded. */
    readonly target: string;
    readonly headers: readonly Header[];
    readonly body: Body;
  };
  readonly response: {
    readonly status: number;
    readonly headers: readonly Header[];
    readonly body: Body;
  };
}

/** Node's rawHeaders (name, value, name, value…) as headers: order, case and repeats kept. */
export const headersOf = (raw: readonly string[]): Header[] => raw.flatMap((name, i) => (i % 2 === 0 ? [{ name, value: raw[i + 1] ?? '' }] : []));

/** A header's value by name, case-insensitive; the first when repeated. */
export const headerValue = (headers: readonly Header[], name: string): string | undefined => headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** A body's bytes, whichever way it is kept. */
export const bodyBytes = (b: Body): Buffer => Buffer.from(b.text, b.encoding === 'base64' ? 'base64' : 'utf8');

/** Bytes as a body: text when they are UTF-8 (they then read back the same), base64 otherwise. */
export function bodyOf(bytes: Buffer): Body {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? { text } : { text: bytes.toString('base64'), encoding: 'base64' };
}
