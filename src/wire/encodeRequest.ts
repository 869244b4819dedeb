import type { Operation } from '../contract/operation.js';

export interface EncodedRequest {
  readonly method: string;
  /** Path and query, encoded as the AWS SDKs encode them. */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or undefined for operations without body members. */
  readonly body: string | undefined;
}

/** The SDKs' label escaping: encodeURIComponent plus the characters it leaves alone but RFC 3986 reserves. */
export const encodeLabel = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * SDK-style input as an HTTP request, without the SDK's checks: what tests send when the SDK would refuse
 * (an empty label) or could not express the input (a non-object body, a member of the wrong type).
 */
export function encodeRequest(op: Operation, input: unknown): EncodedRequest {
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  let path = op.http.path;
  const query: [string, string][] = Object.entries(op.http.query);
  const body: Record<string, unknown> = {};
  for (const b of op.bindings) {
    const value = object?.[b.member];
    if (b.in === 'label') path = path.replace(`{${b.name}}`, encodeLabel(value === undefined ? '' : asText(value)));
    else if (value === undefined) continue;
    else if (b.in === 'query') query.push([b.name, asText(value)]);
    else if (b.in === 'body') body[b.name] = value;
  }
  const hasBodyMembers = op.bindings.some((b) => b.in === 'body');
  const text = !hasBodyMembers ? undefined : object ? JSON.stringify(body) : JSON.stringify(input);
  // As the SDKs write it: every reserved character percent-encoded, a space as %20 (never +).
  const search = query.map(([k, v]) => `${encodeLabel(k)}=${encodeLabel(v)}`).join('&');
  return {
    method: op.http.method,
    target: search ? `${path}?${search}` : path,
    headers: text === undefined ? {} : { 'content-type': 'application/json' },
    body: text,
  };
}
