import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAnswerLimits } from '../../verify/reach/answerLimits.js';
import { hostSigner } from '../../verify/reach/signer.js';
import { forwarder } from './forward.js';
import { defaultMaxRequestBytes, type ProxyOptions } from './proxyOptions.js';
import { relay, type Relay } from './relay.js';
import { proxyAnswer } from './proxyError.js';

/** Connections open at once at most, serve's own default. */
const maxConnections = 512;

export interface RunningProxy {
  /** Where clients point their SDK's endpoint: both services on this one URL. */
  readonly url: string;
  readonly server: Server;
  /** Stops taking requests; resolves once those in flight have been answered. */
  close(): Promise<void>;
}

/** A proxy in front of one implementation of both services, or of the real service's two hosts. */
export async function startProxy(o: ProxyOptions): Promise<RunningProxy> {
  const limits = o.limits ?? defaultAnswerLimits;
  const services = ['media-pipelines', 'voice'] as const;
  const send = Object.fromEntries(services.map((s) => [s, forwarder(o.upstream[s], limits)])) as Relay['send'];
  const sign = Object.fromEntries(services.map((s) => [s, hostSigner(o.upstream[s], o.region, o.credentials)])) as Relay['sign'];
  let closing = false;
  const r: Relay = {
    send,
    sign,
    limits,
    maxRequestBytes: o.maxRequestBytes ?? defaultMaxRequestBytes,
    now: o.now ?? Date.now,
    onExchange: o.onExchange,
    trouble: o.onTrouble ?? (() => {}),
    closing: () => closing,
  };
  const server = createServer((req, res) => {
    relay(r, req, res).catch((e: unknown) => {
      r.trouble(`proxy bug, please report: ${(e as Error).message}`);
      proxyAnswer(res, 500, 'the proxy failed on this request (a bug: please report it with the line it printed)');
    });
  });
  // As serve bounds them: a client opening connections without end gets refused ones, not the proxy's memory.
  server.maxConnections = maxConnections;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const host = (o.host ?? '127.0.0.1').includes(':') ? `[${o.host}]` : (o.host ?? '127.0.0.1');
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        closing = true;
        // No exchange outlives its deadline; a connection still open past it is cut.
        const cut = setTimeout(() => server.closeAllConnections(), limits.requestTimeoutMs + 1000).unref();
        server.close(() => (clearTimeout(cut), ok()));
        server.closeIdleConnections();
      }),
  };
}
