import { controlGuard } from './controlGuard.js';
import { isLoopbackHost } from '../../shared/loopback.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorCore, type EmulatorCore } from '../core/createCore.js';
import type { EmulatorOptions } from '../core/options.js';
import { createWire, type Wire, type WireOptions } from '../wire/createWire.js';
import { authenticateFor, type AuthOptions } from '../wire/sigv4.js';
import type { RawRequest, RawResponse } from '../wire/types.js';
import { bugAnswer } from '../wire/bugAnswer.js';
import { drainingClose } from './drainingClose.js';

export interface ServerOptions extends EmulatorOptions, Partial<WireOptions>, AuthOptions {
  readonly port?: number;
  readonly host?: string;
  /** Wraps the request handling: how the conformance suite builds deliberately broken emulators (test/mutants). */
  readonly interpose?: (handle: Wire['handle']) => Wire['handle'];
  /** Open connections at most; more are closed as they arrive. With maxBodyBytes, bounds what uploads can hold. */
  readonly maxConnections?: number;
  /** A request not wholly received by then (headers and body) is answered 408 and its connection closed. */
  readonly requestTimeoutMs?: number;
  /** How long close() waits for requests in flight before it cuts the connections still open. */
  readonly drainMs?: number;
  /** Told how many connections close() cut when drainMs ran out; not called when all ended in time. */
  readonly onDrainCut?: (connections: number) => void;
  /** Host names the control plane answers to besides loopback and the listen address (serve --allow-host). */
  readonly allowHosts?: readonly string[];
}

/** The limits when ServerOptions leave them out, for serve's defaults too. */
export const serverLimits = { maxConnections: 512, requestTimeoutMs: 30_000, drainMs: 10_000 } as const;

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly core: EmulatorCore;
  readonly server: Server;
  /** What the server hands each request to (the wire, or its interposer): for a client in the same thread, no HTTP. */
  readonly respond: (request: RawRequest) => RawResponse | Promise<RawResponse>;
  /**
   * Stops accepting connections and resolves once every request in flight has been answered, or once drainMs
   * has run out and the connections still open are cut (see onDrainCut). Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** Reads at most `limit + 1` bytes and drains the rest: an oversized body is refused, not buffered. */
function readBody(req: IncomingMessage, limit: number, done: (body: Uint8Array) => void, failed: (e: unknown) => void): void {
  // Events and callbacks rather than for-await or a Promise: either costs a measurable share of a small request.
  const chunks: Buffer[] = [];
  let kept = 0;
  // One outcome, as a Promise has: an error after the end (the client left mid-answer) must not answer again.
  let settled = false;
  req.on('data', (chunk: Buffer) => {
    if (kept > limit) return;
    chunks.push(chunk);
    kept += chunk.length;
  });
  req.on('end', () => {
    if (settled) return;
    settled = true;
    done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
  });
  req.on('error', (e) => {
    if (settled) return;
    settled = true;
    failed(e);
  });
}

const noBody = Buffer.alloc(0);

/** Neither Content-Length (other than 0) nor Transfer-Encoding: HTTP/1.1 says there is no body, so no need to wait for one. */
const bodiless = (req: IncomingMessage): boolean => req.headers['transfer-encoding'] === undefined && (req.headers['content-length'] === undefined || req.headers['content-length'] === '0');

function toRaw(req: IncomingMessage, body: Uint8Array): RawRequest {
  // Node joins repeated request headers itself, except a few it keeps as lists: copy only when one is there.
  const given = req.headers;
  let headers: Record<string, string | undefined> = given as Record<string, string | undefined>;
  for (const k in given) {
    if (!Array.isArray(given[k])) continue;
    headers = {};
    for (const [name, v] of Object.entries(given)) if (v !== undefined) headers[name] = Array.isArray(v) ? v.join(',') : v;
    break;
  }
  return { method: req.method ?? 'GET', target: req.url ?? '/', headers, body };
}

/** The emulator on node:http: a thin adapter over the transport-free wire. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const core = createEmulatorCore(options);
  const host = options.host ?? '127.0.0.1';
  const guard = { controlGuard: controlGuard(host, options.allowHosts), controlAuthenticated: !isLoopbackHost(host) && options.auth === 'strict' };
  const wire = createWire(core, { ...guard, ...options, ...authenticateFor(options, core.options) });
  // Without an interposer, the wire answers at once unless a latency fault delays it: no Promise per request.
  const respond = options.interpose ? options.interpose(wire.handle) : wire.respond;
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const requestTimeout = options.requestTimeoutMs ?? serverLimits.requestTimeoutMs;
  // Node checks request deadlines every connectionsCheckingInterval (30 s by default): often enough to keep them.
  const server = createServer({ requestTimeout, connectionsCheckingInterval: Math.min(1000, Math.max(250, requestTimeout)) }, (req, res) => {
    const send = (answer: RawResponse) => void res.writeHead(answer.status, answer.headers).end(answer.body);
    const failed = (e: unknown) => {
      if (res.destroyed) return; // the client left, or a deadline cut it: no one to answer
      // Reaching here is a bug in the emulator: answer without crashing, and say so.
      send(bugAnswer(e));
    };
    const answer = (body: Uint8Array) => {
      try {
        const answered = respond(toRaw(req, body));
        if (answered instanceof Promise) answered.then(send).catch(failed);
        else send(answered);
      } catch (e) {
        failed(e);
      }
    };
    if (bodiless(req)) answer(noBody);
    else readBody(req, limit, answer, failed);
  });
  server.maxConnections = options.maxConnections ?? serverLimits.maxConnections;
  const close = drainingClose(server, options.drainMs ?? serverLimits.drainMs, options.onDrainCut);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${options.host ?? '127.0.0.1'}:${port}`, port, core, server, respond, close };
}
