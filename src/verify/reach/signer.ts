import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../shared/sha256.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import type { Sign } from './rawClient.js';
import type { Credentials } from '../../shared/credentials.js';

/** Signs raw requests as the AWS SDKs do (service `chime`), so they pass a strict SigV4 endpoint. */
export function rawSigner(endpoint: string, region: string, credentials: Credentials): Sign {
  // sign() is overloaded (strings, events, requests); this is the request form.
  const signer = new SignatureV4({ service: 'chime', region, credentials, sha256: NodeSha256 }) as unknown as {
    sign(request: object): Promise<{ headers: Record<string, string> }>;
  };
  const base = new URL(endpoint);
  return async (req: EncodedRequest) => {
    const [path = '/', search = ''] = req.target.split(/\?(.*)/s);
    const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    for (const [k, v] of new URLSearchParams(search)) query[k] = Object.hasOwn(query, k) ? [query[k] ?? [], v].flat() : v;
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
