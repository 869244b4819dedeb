import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceName } from '../../contract/operation.js';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import type { HostSigner } from '../../verify/reach/signer.js';
import { exchangeViolations } from '../check/exchangeViolations.js';
import { bodyOf, headersOf, type Exchange, type Header } from '../exchange.js';
import type { Outgoing, Upstreamed } from './forward.js';
import { proxyAnswer, upstreamProblem } from './proxyError.js';
import type { ProxyOptions } from './proxyOptions.js';
import { readRequestBody } from './readRequestBody.js';
import { resign } from './resign.js';
import { serviceOf } from './upstreamOf.js';

export interface Relay {
  readonly send: Readonly<Record<ServiceName, (out: Outgoing) => Promise<Upstreamed>>>;
  readonly sign: Readonly<Record<ServiceName, HostSigner>>;
  readonly limits: AnswerLimits;
  readonly maxRequestBytes: number;
  readonly now: () => number;
  readonly onExchange: ProxyOptions['onExchange'];
  readonly trouble: (line: string) => void;
  /** Whether the proxy is stopping: an answer given then ends its connection, so keep-alive clients let go. */
  readonly closing: () => boolean;
}

const refusals = {
  'too-large': (r: Relay) => [413, `the request body is larger than ${r.maxRequestBytes} bytes; no request of the contract is`] as const,
  'too-slow': (r: Relay) => [408, `the request body did not arrive within ${r.limits.requestTimeoutMs / 1000} s`] as const,
  broken: () => [400, 'the request body broke off before its end'] as const,
};

// The upstream's connection is its own: these describe it, not the proxy's connection with the client.
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection']);

async function upstreamAnswer(r: Relay, service: ServiceName, method: string, target: string, headers: Header[], body: Buffer) {
  let out: Outgoing;
  try {
    out = await resign(method, target, headers, body, r.sign[service]);
  } catch (e) {
    return { failed: { status: 502, message: `the proxy's credentials could not be had (${(e as Error).message}); see chime-conformance proxy --help, "Credentials"` } };
  }
  try {
    return { out, answer: await r.send[service](out) };
  } catch (e) {
    return { failed: upstreamProblem(e, r.limits.requestTimeoutMs) };
  }
}

/** One client request: read, signed anew, forwarded, its answer sent back unchanged, then checked and handed on. */
export async function relay(r: Relay, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const startedAt = r.now();
  const began = performance.now();
  const method = req.method ?? 'GET';
  const target = req.url ?? '/';
  // What the proxy's own lines name: the path alone, never a query, which may carry a presigned credential.
  const path = target.split('?')[0] ?? '';
  if (req.headers.origin !== undefined) {
    // A web page's request: any page the user visits could otherwise have it signed with their AWS credentials.
    r.trouble(`${method} ${path}: refused, it came from a web page (Origin ${JSON.stringify(req.headers.origin.slice(0, 100))})`);
    res.shouldKeepAlive = false;
    return proxyAnswer(res, 403, 'requests from web pages (with an Origin header) are refused: the proxy signs with your AWS credentials; send from an SDK, the AWS CLI or a test');
  }
  const read = await readRequestBody(req, r.maxRequestBytes, r.limits.requestTimeoutMs);
  if ('refused' in read) {
    res.shouldKeepAlive = false;
    const [status, message] = refusals[read.refused](r);
    return proxyAnswer(res, status, message);
  }
  const headers = headersOf(req.rawHeaders);
  const got = await upstreamAnswer(r, serviceOf(method, target), method, target, headers, read.bytes);
  if ('failed' in got) {
    r.trouble(`${method} ${path}: ${got.failed.message}`);
    return proxyAnswer(res, got.failed.status, got.failed.message);
  }
  const { out, answer } = got;
  if (answer.status < 100 || answer.status > 999) {
    const message = `the upstream answered with status ${answer.status}, which no HTTP client can be given`;
    r.trouble(`${method} ${path}: ${message}`);
    return proxyAnswer(res, 502, message);
  }
  if (r.closing()) res.shouldKeepAlive = false;
  res.writeHead(
    answer.status,
    answer.statusMessage,
    answer.headers.filter((h) => !hopByHop.has(h.name.toLowerCase())).flatMap((h) => [h.name, h.value]),
  );
  res.end(answer.body);
  const exchange: Exchange = {
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Math.round(performance.now() - began),
    request: { method, target, headers: Object.entries(out.headers).map(([name, value]) => ({ name, value })), body: bodyOf(read.bytes) },
    response: { status: answer.status, headers: answer.headers, body: bodyOf(answer.body) },
  };
  try {
    await r.onExchange?.(exchange, exchangeViolations(exchange));
  } catch (e) {
    r.trouble(`${method} ${path}: could not record the exchange (${(e as Error).message})`);
  }
}
