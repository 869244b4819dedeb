import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { EncodedRequest } from '../wire/encodeRequest.js';

/** An answer as it came off the wire. */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Body text; '' when there was none. */
  readonly body: string;
}

export type SendRaw = (req: EncodedRequest) => Promise<WireAnswer>;

const requestTimeoutMs = 15_000;

/** Adds headers to a request before it leaves, e.g. a SigV4 signature. */
export type Sign = (req: EncodedRequest) => Promise<Record<string, string>>;

/** A client that sends exactly the encoded request (no SDK checks), over one keep-alive pool per endpoint. */
export function rawClient(endpoint: string, sign?: Sign): SendRaw {
  const base = new URL(endpoint);
  const https = base.protocol === 'https:';
  const agent = https ? new HttpsAgent({ keepAlive: true, maxSockets: 32 }) : new Agent({ keepAlive: true, maxSockets: 32 });
  const prefix = base.pathname.replace(/\/$/, '');
  return async (req) => {
    const signature = sign ? await sign(req) : {};
    return new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.from(req.body);
      const headers = { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}), ...signature };
      const options = { host: base.hostname, port: base.port, method: req.method, path: prefix + req.target, headers, agent };
      const send = https ? httpsRequest : request;
      const out = send(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(',') : v;
          resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      out.on('error', reject);
      // An endpoint that accepts a connection and never answers must not hang the run.
      out.setTimeout(requestTimeoutMs, () => out.destroy(new Error(`no answer within ${requestTimeoutMs} ms`)));
      out.end(body);
    });
  };
}
