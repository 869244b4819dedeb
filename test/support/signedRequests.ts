/**
 * Signed requests for the SigV4 tests: real SDK v3 clients whose request handler records each request as
 * signed (and may tamper with it afterwards, as a man in the middle would), replays of what was recorded,
 * and raw requests signed by `@smithy/signature-v4` for what no client can be configured to send.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash } from 'node:crypto';
import { NodeSha256 } from '../../src/shared/sha256.js';
import { rawHttp } from './rawHttp.js';
import { mp, testCredentials, voice } from './sdk.js';

export type Query = Record<string, string | string[] | null>;

/** The request the SDK hands its request handler, already signed. */
export interface SignedRequest {
  method: string;
  path: string;
  query?: Query;
  headers: Record<string, string>;
  body?: unknown;
}

/** A signed request as it went on the wire, to replay byte for byte (or nearly). */
export interface Captured {
  readonly method: string;
  /** Path and query as the SDK signed them, to sign again with other parameters. */
  readonly path: string;
  readonly query: Query;
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export function targetOf(path: string, query: Query = {}): string {
  const pairs = Object.entries(query).flatMap(([k, v]) => (v === null ? [encodeURIComponent(k)] : [v].flat().map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`)));
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

/** The body's bytes, read as a view: the SDK's body object warns when treated as a string. */
export function bytesOf(body: unknown): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  const view = body as Uint8Array;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

export function capture(r: SignedRequest): Captured {
  return { method: r.method, path: r.path, query: { ...r.query }, target: targetOf(r.path, r.query), headers: { ...r.headers }, body: Buffer.from(bytesOf(r.body)) };
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export const signatureOf = (c: Captured | undefined): string => /Signature=([0-9a-f]+)/.exec(c?.headers['authorization'] ?? '')?.[1] ?? 'none';

export interface ClientSetup {
  readonly region?: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Changes the request after the SDK signed it, as a man in the middle would. */
  readonly tamper?: (r: SignedRequest) => void;
}

/** Real SDK v3 clients whose request handler records each signed request and the status and error type it got back. */
export function recordingClients(endpoint: string, setup: ClientSetup = {}) {
  const inner = new NodeHttpHandler();
  const log = { sent: [] as Captured[], answers: [] as { status: number; errorType: unknown }[] };
  const requestHandler = {
    handle: async (request: unknown, options?: unknown) => {
      const signed = request as SignedRequest;
      log.sent.push(capture(signed));
      setup.tamper?.(signed);
      const out = await inner.handle(signed as never, options as never);
      log.answers.push({ status: out.response.statusCode, errorType: out.response.headers['x-amzn-errortype'] });
      return out;
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  const config = { endpoint, region: setup.region ?? 'us-east-1', credentials: setup.credentials ?? testCredentials, maxAttempts: 1, requestHandler };
  return { mp: new mp.ChimeSDKMediaPipelinesClient(config), voice: new voice.ChimeSDKVoiceClient(config), log };
}

export type Recording = ReturnType<typeof recordingClients>;

export const replay = (base: string, c: Captured, change: Partial<Captured> = {}) => {
  const r = { ...c, ...change };
  return rawHttp(base, r.method, r.target, r.headers, r.body);
};

export interface RawSigning {
  readonly method: string;
  readonly path: string;
  readonly query?: Record<string, string>;
  readonly body?: string;
  readonly service?: string;
  /** false: no x-amz-content-sha256 header, as botocore and the SDK v2 sign Chime requests. */
  readonly applyChecksum?: boolean;
  /** false: leave Host out of the signature (Node still sends it). */
  readonly signHost?: boolean;
  readonly signingDate?: Date;
}

/** A raw request signed by `@smithy/signature-v4` directly, for what no SDK client can be configured to send. */
export async function signRaw(base: string, s: RawSigning, presign?: { expiresIn: number }): Promise<Captured> {
  const url = new URL(base);
  const signer = new SignatureV4({ service: s.service ?? 'chime', region: 'us-east-1', credentials: testCredentials, sha256: NodeSha256, applyChecksum: s.applyChecksum ?? true });
  const bodyHeaders = s.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(s.body)) };
  const request = {
    method: s.method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: s.path,
    query: { ...s.query },
    headers: { ...(s.signHost === false ? {} : { host: url.host }), ...bodyHeaders },
    body: s.body,
  };
  const signingDate = s.signingDate ?? new Date();
  const signed = presign ? await signer.presign(request, { ...presign, signingDate }) : await signer.sign(request, { signingDate });
  return capture(signed as SignedRequest);
}

/** The same request signed again, correctly, for another region, service or time: what a confused client sends. */
export async function resign(c: Captured, scope: { readonly region?: string; readonly service?: string; readonly signingDate?: Date }): Promise<Captured> {
  const { authorization: _a, 'x-amz-date': _d, ...headers } = c.headers;
  const signer = new SignatureV4({ service: scope.service ?? 'chime', region: scope.region ?? 'us-east-1', credentials: testCredentials, sha256: NodeSha256 });
  const request = { method: c.method, protocol: 'http:', hostname: '', path: c.path, query: { ...c.query }, headers, body: c.body.length > 0 ? c.body : undefined };
  const signed = await signer.sign(request as never, { signingDate: scope.signingDate ?? new Date() });
  return capture(signed as unknown as SignedRequest);
}
