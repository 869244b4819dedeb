import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { keepAlivePool } from '../../shared/keepAlivePool.js';

/** How long a target may take to answer one POST. */
const answerMs = 10_000;

/** A status other than 2xx, or no answer: why one delivery attempt failed. */
export class DeliveryFailed extends Error {}

/**
 * POSTs JSON bodies to one target over one kept-alive connection (deliveries to a target go one at a time),
 * each given answerMs to answer and cut at once by `signal`.
 * node:http, not fetch: it never follows a redirect, and costs the emulator's event loop less per event.
 * The pool's idle limit lets Node honour the target's Keep-Alive hint, so no POST goes out on a connection it closed.
 */
export function eventPoster(url: string): (body: string, signal: AbortSignal) => Promise<void> {
  const target = new URL(url);
  const https = target.protocol === 'https:';
  const { agent } = keepAlivePool(https, 1);
  const send = https ? httpsRequest : request;
  const path = `${target.pathname}${target.search}`;
  return (body, signal) =>
    new Promise<void>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      const out = send({ host: target.hostname, port: target.port, method: 'POST', path, headers, agent, signal }, (res) => {
        res.resume().on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve();
          reject(new DeliveryFailed(status >= 300 && status < 400 ? `answered ${status}, a redirect, which is not followed` : `answered ${status}`));
        });
      });
      // One timer per POST, gone with it (an AbortSignal.timeout per event would outlive its POST by seconds).
      out.setTimeout(answerMs, () => out.destroy(new Error(`no answer within ${answerMs / 1000} s`)));
      out.on('error', (e) => reject(new DeliveryFailed(signal.aborted ? 'stopped' : e.message)));
      out.end(body);
    });
}
