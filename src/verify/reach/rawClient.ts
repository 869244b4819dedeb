import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { defaultAnswerLimits, type AnswerLimits } from './answerLimits.js';
import { keepAlivePool } from '../../shared/keepAlivePool.js';
import { readCapped } from './readCapped.js';
import { requestDeadline } from './requestDeadline.js';
import { requestHeaders } from './requestHeaders.js';
import { onceMoreIfStale } from './staleSocket.js';

/** An answer as it came off the wire. */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Body text; '' when there was none. */
  readonly body: string;
}

export type SendRaw = (req: EncodedRequest) => Promise<WireAnswer>;

/** Adds headers to a request before it leaves, e.g. a SigV4 signature. */
export type Sign = (req: EncodedRequest) => Promise<Record<string, string>>;

/**
 * A client that sends exactly the encoded request (no SDK checks), over one keep-alive pool per endpoint
 * (or a new connection each time, for probes that must not be answered by a socket the endpoint already dropped).
 * Every exchange ends: by its answer, by the deadline (NoAnswer), or at the answer cap (AnswerTooLarge).
 */
export function rawClient(endpoint: string, sign?: Sign, limits: AnswerLimits = defaultAnswerLimits, keepAlive = true): SendRaw {
  const base = new URL(endpoint);
  const https = base.protocol === 'https:';
  const { agent, dropIdle } = keepAlivePool(https, 32, keepAlive);
  const prefix = base.pathname.replace(/\/$/, '');
  const exchange = async (req: EncodedRequest): Promise<WireAnswer> => {
    const signature = sign ? await sign(req) : {};
    const deadline = requestDeadline(limits.requestTimeoutMs, 'connect');
    try {
      return await new Promise<WireAnswer>((resolve, reject) => {
        const body = req.body === undefined ? undefined : Buffer.from(req.body);
        const headers = requestHeaders(req, body, signature);
        const options = { host: base.hostname, port: base.port, method: req.method, path: prefix + req.target, headers, agent };
        const send = https ? httpsRequest : request;
        const out = send(options, (res) => {
          deadline.reached('body');
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(',') : v;
          // An answer had begun: whatever breaks now, the endpoint saw the request, and it is not sent again.
          const begun = (e: unknown) => reject(Object.assign(e as Error, { reusedSocket: false }));
          readCapped(res, limits.maxAnswerBytes, deadline.signal, res.headers['content-length']).then(
            (bytes) => resolve({ status: res.statusCode ?? 0, headers: flat, body: bytes.toString('utf8') }),
            begun,
          );
        });
        out.on('error', (e) => reject(Object.assign(e, { reusedSocket: out.reusedSocket })));
        out.on('socket', (s) => (s.connecting ? s.once('connect', () => deadline.reached('answer')) : deadline.reached('answer')));
        deadline.signal.addEventListener('abort', () => out.destroy(deadline.signal.reason as Error), { once: true });
        out.end(body);
      });
    } finally {
      deadline.clear();
    }
  };
  // Signed again on the second attempt: a signature may not outlive its request.
  return (req) => onceMoreIfStale(() => exchange(req), dropIdle);
}
