import { bugAnswer } from '../../emulator/wire/bugAnswer.js';
import type { RawRequest, RawResponse } from '../../emulator/wire/types.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { AnswerTooLarge } from './answerLimits.js';
import type { SendRaw, WireAnswer } from './rawClient.js';
import { requestHeaders } from './requestHeaders.js';

/** Methods Node's HTTP client sends without a Content-Length when they carry no body. */
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

const noBody = new Uint8Array(0);

/**
 * A client for the embedded emulator in its own thread: each request is handed to the emulator's wire (the
 * transport-free layer its HTTP server and MSW handlers sit on) as that server would hand it over from Node's
 * HTTP client: header names in lower case, Host naming the endpoint, `Content-Length: 0` on a bodiless POST or
 * PUT, an empty body where none was sent. Only the sockets and the HTTP framing are left out, which cost a deep
 * run more than the emulator's own work did; `verify --endpoint` against `serve` goes through them.
 * A request whose handling throws gets the 500 the HTTP server would answer; an answer over `maxAnswerBytes`
 * fails as AnswerTooLarge, as over HTTP.
 */
export function wireClient(endpoint: string, respond: (request: RawRequest) => RawResponse | Promise<RawResponse>, maxAnswerBytes = Infinity): SendRaw {
  const host = new URL(endpoint).host;
  return async (req: EncodedRequest): Promise<WireAnswer> => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(requestHeaders(req, body, {}))) headers[name.toLowerCase()] = value;
    headers['host'] ??= host;
    if (!body && headers['content-length'] === undefined && !bodilessMethods.has(req.method)) headers['content-length'] = '0';
    let answer: RawResponse;
    try {
      answer = await respond({ method: req.method, target: req.target, headers, body: body ?? noBody });
    } catch (e) {
      answer = bugAnswer(e);
    }
    const text = answer.body ?? '';
    // A UTF-16 length of n is at most 3n bytes of UTF-8: most answers are counted without reading them.
    if (text.length * 3 > maxAnswerBytes && Buffer.byteLength(text) > maxAnswerBytes) throw new AnswerTooLarge(maxAnswerBytes);
    return { status: answer.status, headers: answer.headers, body: text };
  };
}
