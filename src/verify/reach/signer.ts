import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../shared/sha256.js';
import { splitTarget } from '../../emulator/wire/sigv4/target.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import type { Sign } from './rawClient.js';
import type { Credentials } from '../../shared/credentials.js';

/** A request to sign: path and query as they will be sent (still percent-encoded), and the body's exact bytes. */
export interface ToSign {
  readonly method: string;
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

/** Signs requests for one host as the AWS SDKs do (service `chime`): the headers to add, Host left out (the client sets it). */
export type HostSigner = (req: ToSign) => Promise<Record<string, string>>;

/** A signer for `endpoint`; credentials may be a provider, asked at each signature (it refreshes what expires). */
export function hostSigner(endpoint: string, region: string, credentials: Credentials | (() => Promise<Credentials>)): HostSigner {
  // sign() is overloaded (strings, events, requests); this is the request form.
  const signer = new SignatureV4({ service: 'chime', region, credentials, sha256: NodeSha256 }) as unknown as {
    sign(request: object): Promise<{ headers: Record<string, string> }>;
  };
  const base = new URL(endpoint);
  return async (req) => {
    // The verifier's own reading of a target: `+` stays `+` (URLSearchParams would make it a space, and the
    // signature then covers another query than the one sent).
    const { path, query } = splitTarget(req.target);
    const request = {
      method: req.method,
      protocol: base.protocol,
      hostname: base.hostname,
      ...(base.port ? { port: Number(base.port) } : {}),
      path: base.pathname.replace(/\/$/, '') + path,
      query,
      headers: { ...req.headers, host: base.host },
      ...(req.body !== undefined ? { body: req.body } : {}),
    };
    const signed = await signer.sign(request);
    const { host: _, ...headers } = signed.headers;
    return headers;
  };
}

/** Signs raw requests as the AWS SDKs do (service `chime`), so they pass a strict SigV4 endpoint. */
export function rawSigner(endpoint: string, region: string, credentials: Credentials): Sign {
  const sign = hostSigner(endpoint, region, credentials);
  return (req: EncodedRequest) => sign(req);
}
