import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import { keepAlivePool } from '../../shared/keepAlivePool.js';
import { readCapped } from '../../verify/reach/readCapped.js';
import { requestDeadline } from '../../verify/reach/requestDeadline.js';
import { headersOf, type Header } from '../exchange.js';

/** A request as the proxy sends it on: the client's path and bytes, its headers with the proxy's signature. */
export interface Outgoing {
  readonly method: string;
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** The upstream's answer as it came: status, headers in order, body bytes. */
export interface Upstreamed {
  readonly status: number;
  readonly statusMessage: string;
  readonly headers: readonly Header[];
  readonly body: Buffer;
}

/**
 * Sends to one upstream over a keep-alive pool: one deadline for the whole exchange and a cap on the answer, as
 * verify has them, so an upstream that stalls or floods gives the client an error instead of a hang.
 */
export function forwarder(endpoint: string, limits: AnswerLimits): (out: Outgoing) => Promise<Upstreamed> {
  const base = new URL(endpoint);
  const https = base.protocol === 'https:';
  // Idle connections close before the upstream's keep-alive hint runs out, so none is reset under a request.
  const { agent } = keepAlivePool(https, 64);
  const prefix = base.pathname.replace(/\/$/, '');
  return async (out) => {
    const deadline = requestDeadline(limits.requestTimeoutMs, 'connect');
    try {
      return await new Promise<Upstreamed>((resolve, reject) => {
        const options = { host: base.hostname, port: base.port, method: out.method, path: prefix + out.target, headers: { ...out.headers }, agent };
        const sent = (https ? httpsRequest : request)(options, (res) => {
          deadline.reached('body');
          readCapped(res, limits.maxAnswerBytes, deadline.signal, res.headers['content-length']).then(
            (body) => resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: headersOf(res.rawHeaders), body }),
            reject,
          );
        });
        sent.on('error', reject);
        sent.on('socket', (s) => (s.connecting ? s.once('connect', () => deadline.reached('answer')) : deadline.reached('answer')));
        deadline.signal.addEventListener('abort', () => sent.destroy(deadline.signal.reason as Error), { once: true });
        sent.end(out.body);
      });
    } finally {
      deadline.clear();
    }
  };
}
