import { getCanonicalHeaders, SignatureV4Base } from '@smithy/signature-v4';
import { timingSafeEqual } from 'node:crypto';
import { algorithm } from './checkScope.js';
import type { SignatureClaim } from './claim.js';
import { hmac, NodeSha256, sha256Hex } from '../../../shared/sha256.js';
import type { QueryMap } from './target.js';

/** The parts of a received request that a SigV4 signature covers. */
export interface SignedParts {
  readonly method: string;
  /** The path exactly as received, still percent-encoded. */
  readonly path: string;
  readonly query: QueryMap;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly bodyHash: string;
}

/**
 * The canonical request, built by `@smithy/signature-v4` itself so the emulator and the SDK cannot disagree on
 * canonicalisation. `uriEscapePath: true` is what the SDK uses for every service but S3: it escapes the already
 * encoded path once more (`%3A` → `%253A`), so it must see the path as received, never a decoded one.
 * Only this step needs the library: the `authenticate` hook is synchronous, and the signer's own hashing is
 * asynchronous, so the HMAC chain below runs on node:crypto.
 */
class CanonicalRequests extends SignatureV4Base {
  constructor() {
    // Region and credentials are unused: the scope and key come from each request; only canonicalisation runs here.
    super({ service: 'chime', region: 'unused', credentials: { accessKeyId: '', secretAccessKey: '' }, sha256: NodeSha256, uriEscapePath: true });
  }

  of(parts: SignedParts, signedHeaders: readonly string[]): string {
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) headers[name] = parts.headers[name] ?? '';
    const request = { method: parts.method, protocol: 'http:', hostname: '', path: parts.path, query: parts.query, headers };
    // Naming the signed headers as signable keeps ones the SDK never signs (user-agent…) when a client did sign them.
    const canonicalHeaders = getCanonicalHeaders(request, undefined, new Set(signedHeaders));
    return this.createCanonicalRequest(request, canonicalHeaders, parts.bodyHash);
  }
}

const canonicalRequests = new CanonicalRequests();

/** `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`. */
function signingKey(secret: string, scope: string): Buffer {
  return scope.split('/').reduce<string | Buffer>((key, part) => hmac(key, part), `AWS4${secret}`) as Buffer;
}

/** The signature the client should have sent, recomputed from what arrived. */
export function expectedSignature(claim: SignatureClaim, secret: string, parts: SignedParts): string {
  const canonical = canonicalRequests.of(parts, claim.signedHeaders);
  const stringToSign = [algorithm, claim.amzDate, claim.scope, sha256Hex(canonical)].join('\n');
  return hmac(signingKey(secret, claim.scope), stringToSign).toString('hex');
}

/** Compares in constant time, so response timing reveals nothing about how much of a forged signature was right. */
export function checkSignature(claim: SignatureClaim, secret: string, parts: SignedParts): string | undefined {
  const expected = Buffer.from(expectedSignature(claim, secret, parts));
  const given = Buffer.from(claim.signature);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
  return (
    `signature does not match: recomputed over ${parts.method} ${parts.path}, its query, the signed headers ` +
    `${claim.signedHeaders.join(';')} and the body's sha256, with the secret of ${claim.accessKeyId}; ` +
    'check the secret access key, and that nothing changed the request after it was signed'
  );
}
