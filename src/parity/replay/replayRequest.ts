import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { bodyBytes, headerValue, type Exchange } from '../exchange.js';
import { substituteBody } from './substituteBody.js';
import { substituteTarget } from './substituteTarget.js';

/**
 * Headers the recording's client and connection set, not the request: the signature is of another time, host
 * and key (the target signs as verify does, or not at all), and the client sending now frames the body itself.
 */
const notReplayed = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'te',
  'upgrade',
  'expect',
  'proxy-authorization',
  'authorization',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
]);

/**
 * A recorded request as it is sent again: its method, its path, query and body with identities carried forward,
 * and its own headers (content type, user agent…). An empty body stays empty where the recording said so, and
 * is left out where it had no Content-Length either. Bytes that are not UTF-8 (a malformed request) go out as
 * text, which is what the target's client takes: their invalid sequences become U+FFFD.
 */
export function replayRequest(request: Exchange['request'], identities: Map<string, string>, freshToken: () => string): EncodedRequest {
  // Repeated headers are joined as HTTP joins them; a Map, so that no header name can reach a prototype.
  const headers = new Map<string, string>();
  for (const h of request.headers) {
    const name = h.name.toLowerCase();
    const before = headers.get(name);
    if (!notReplayed.has(name)) headers.set(name, before === undefined ? h.value : `${before}, ${h.value}`);
  }
  const text = bodyBytes(request.body).toString('utf8');
  const framed = text !== '' || headerValue(request.headers, 'content-length') !== undefined;
  return {
    method: request.method,
    target: substituteTarget(request.target, identities),
    headers: Object.fromEntries(headers),
    body: framed ? substituteBody(text, identities, freshToken) : undefined,
  };
}
