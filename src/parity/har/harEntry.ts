import { STATUS_CODES } from 'node:http';
import { bodyBytes, headerValue, type Body, type Exchange, type Header } from '../exchange.js';
import type { HarEntry, HarNameValue } from './harTypes.js';
import { queryStringOf, urlOf } from './_internals/harUrl.js';

// Copies, so an entry never shares (or exposes) the exchange's own header objects.
const pairs = (headers: readonly Header[]): HarNameValue[] => headers.map(({ name, value }) => ({ name, value }));

const base64 = (body: Body) => (body.encoding === 'base64' ? { encoding: 'base64' as const } : {});

/**
 * One exchange as a HAR 1.2 entry. The URL is `baseUrl` (the upstream the proxy relayed to) followed by the
 * target; a target that is not URI text as sent is percent-encoded there and kept whole in `_target`. A request
 * body that is not UTF-8 is base64 in `postData.text` with `_encoding: 'base64'`: HAR gives only responses an
 * encoding. The whole duration is `wait`: the proxy does not time sending and receiving apart.
 */
export function harEntry(exchange: Exchange, baseUrl: string): HarEntry {
  const { request, response } = exchange;
  const { url, rawTarget } = urlOf(baseUrl, request.target);
  const requestSize = bodyBytes(request.body).length;
  const responseSize = bodyBytes(response.body).length;
  return {
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: queryStringOf(request.target),
      ...(requestSize > 0
        ? { postData: { mimeType: headerValue(request.headers, 'content-type') ?? '', text: request.body.text, ...(request.body.encoding ? { _encoding: request.body.encoding } : {}) } }
        : {}),
      headersSize: -1,
      bodySize: requestSize,
      ...(rawTarget === undefined ? {} : { _target: rawTarget }),
    },
    response: {
      status: response.status,
      statusText: STATUS_CODES[response.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response.headers),
      content: { size: responseSize, mimeType: headerValue(response.headers, 'content-type') ?? '', text: response.body.text, ...base64(response.body) },
      redirectURL: headerValue(response.headers, 'location') ?? '',
      headersSize: -1,
      bodySize: responseSize,
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
  };
}
