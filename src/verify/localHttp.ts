import { createConnection, type Socket } from 'node:net';
import type { EncodedRequest } from '../wire/encodeRequest.js';
import type { AnswerLimits } from './answerLimits.js';
import { AnswerParser, type ParsedAnswer } from './answerParser.js';
import type { SendRaw, Sign, WireAnswer } from './rawClient.js';
import { requestDeadline } from './requestDeadline.js';
import { requestHeaders } from './requestHeaders.js';
import { onceMoreIfStale } from './staleSocket.js';

/** One kept-alive connection, carrying one exchange at a time. */
interface Connection {
  readonly socket: Socket;
  /** It has carried an exchange before: a close before any answer means the endpoint dropped it idle. */
  reused: boolean;
  exchange: { data(d: Buffer): void; gone(e: Error | undefined): void } | undefined;
}

/** Methods Node sends without a Content-Length when they carry no body. */
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

/** Idle connections kept for later exchanges; more are closed when they finish. */
const maxIdle = 64;

/**
 * The raw client for the embedded emulator's local socket: the same requests as rawClient's (method, target,
 * requestHeaders, then Host and `Connection: keep-alive` as Node adds them), written in one piece on a pooled
 * connection, and the answer read by AnswerParser. Node's HTTP client costs the checking thread about
 * 0.39 ms a request, this one about 0.07 (measured A/B on the same emulator): a deep run sends hundreds of
 * thousands. The deadline and the answer cap are rawClient's; a connection the server dropped while idle is
 * sent on again once, as there.
 */
export function localHttpClient(endpoint: string, socketPath: string, sign: Sign | undefined, limits: AnswerLimits): SendRaw {
  const base = new URL(endpoint);
  const prefix = base.pathname.replace(/\/$/, '');
  const idle: Connection[] = [];

  const open = (): Connection => {
    const socket = createConnection(socketPath);
    const c: Connection = { socket, reused: false, exchange: undefined };
    let failure: Error | undefined;
    socket.on('data', (d: Buffer) => (c.exchange ? c.exchange.data(d) : socket.destroy()));
    socket.on('error', (e) => (failure = e));
    socket.on('close', () => {
      const at = idle.indexOf(c);
      if (at >= 0) idle.splice(at, 1);
      c.exchange?.gone(failure);
    });
    return c;
  };

  const release = (c: Connection, answer: ParsedAnswer) => {
    if (!answer.keepAlive || idle.length >= maxIdle || c.socket.destroyed) return void c.socket.destroy();
    c.reused = true;
    c.socket.unref();
    idle.push(c);
  };

  const exchange = async (req: EncodedRequest): Promise<WireAnswer> => {
    const signature = sign ? await sign(req) : {};
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const headers = requestHeaders(req, body, signature);
    const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
    // As Node's client writes them: the headers, then Host and Connection of its own where they have none.
    let head = `${req.method} ${prefix}${req.target} HTTP/1.1\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    if (!has('host')) head += `Host: ${base.host}\r\n`;
    if (!has('connection')) head += 'Connection: keep-alive\r\n';
    // Node says a bodiless POST or PUT is empty (Content-Length: 0): the Stop operations are such POSTs.
    if (!has('content-length') && !bodilessMethods.has(req.method)) head += 'Content-Length: 0\r\n';
    head += '\r\n';
    const c = idle.pop() ?? open();
    c.socket.ref();
    const deadline = requestDeadline(limits.requestTimeoutMs, c.socket.connecting ? 'connect' : 'answer');
    if (c.socket.connecting) c.socket.once('connect', () => deadline.reached('answer'));
    const parser = new AnswerParser(limits.maxAnswerBytes, req.method === 'HEAD');
    try {
      const answer = await new Promise<ParsedAnswer>((resolve, reject) => {
        // Whatever comes after the first outcome (a close after a failure, bytes after a cap) is not heard.
        const settle = (outcome: () => void) => {
          if (c.exchange !== ongoing) return;
          c.exchange = undefined;
          outcome();
        };
        const fail = (e: unknown) =>
          settle(() => {
            c.socket.destroy();
            reject(e);
          });
        const ongoing = {
          data: (d: Buffer) => {
            deadline.reached('body');
            try {
              const done = parser.push(d);
              if (done) settle(() => resolve(done));
            } catch (e) {
              fail(Object.assign(e as Error, { reusedSocket: false }));
            }
          },
          gone: (e: Error | undefined) => {
            let done: ParsedAnswer | undefined;
            try {
              done = parser.end();
            } catch (tooLarge) {
              return fail(tooLarge);
            }
            if (done) return settle(() => resolve(done));
            // Nothing of an answer on a connection used before: the endpoint dropped it idle, and never saw this request.
            const reset = Object.assign(e ?? new Error('socket hang up'), { code: (e as NodeJS.ErrnoException | undefined)?.code ?? 'ECONNRESET' });
            fail(Object.assign(reset, { reusedSocket: c.reused && !parser.begun }));
          },
        };
        c.exchange = ongoing;
        deadline.signal.addEventListener('abort', () => fail(deadline.signal.reason), { once: true });
        c.socket.write(body ? Buffer.concat([Buffer.from(head, 'latin1'), body]) : Buffer.from(head, 'latin1'));
      });
      release(c, answer);
      return { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') };
    } finally {
      deadline.clear();
    }
  };
  // Signed again on the second attempt: a signature may not outlive its request.
  return (req) => onceMoreIfStale(() => exchange(req));
}
