import type { RawRequest } from '../types.js';
import { readClaim } from './claim.js';
import { checkPayloadHash, checkSignedHeaders } from './checkHeaders.js';
import { checkAlgorithm, checkScope } from './checkScope.js';
import { checkTime } from './checkTime.js';
import { sha256Hex } from '../../../shared/sha256.js';
import { checkSignature } from './signature.js';
import { splitTarget } from './target.js';

/** The error answer for a request that fails authentication, in the shape `createWire`'s hook returns. */
export interface Denial {
  readonly type: string;
  readonly status: number;
  readonly message: string;
}

export interface VerifierOptions {
  readonly region: string;
  readonly clock: { now(): number };
  /** Secret access keys by access key ID. */
  readonly secrets: ReadonlyMap<string, string>;
}

function unsigned(region: string): Denial {
  const message =
    'SigV4: the request has no Authorization header and no X-Amz-Signature query parameter. ' + `Sign it with SigV4 for service chime in ${region}, or start the emulator with auth lenient or off.`;
  return { type: 'UnauthorizedClientException', status: 401, message };
}

function forbidden(problem: string): Denial {
  return { type: 'ForbiddenException', status: 403, message: `SigV4: ${problem}.` };
}

function unknownKey(accessKeyId: string): string {
  return `access key ${accessKeyId} is not one the emulator knows; pass it in the emulator's credentials option`;
}

/**
 * Strict SigV4: every request must carry a signature that verifies against the bytes that arrived. Each check
 * names what it found wrong; the secret and the expected signature never appear in a message.
 */
export function createVerifier(options: VerifierOptions): (request: RawRequest) => Denial | undefined {
  return (request) => {
    const { path, query } = splitTarget(request.target);
    const claim = readClaim(request.headers, query);
    if (claim === undefined) return unsigned(options.region);
    if (typeof claim === 'string') return forbidden(claim);
    const misaddressed = checkAlgorithm(claim) ?? checkScope(claim, options.region);
    if (misaddressed !== undefined) return forbidden(misaddressed);
    const secret = options.secrets.get(claim.accessKeyId);
    if (secret === undefined) return forbidden(unknownKey(claim.accessKeyId));
    const bodyHash = sha256Hex(request.body ?? new Uint8Array());
    const problem =
      checkTime(claim, options.clock.now()) ??
      checkSignedHeaders(claim, request.headers) ??
      checkPayloadHash(request.headers, bodyHash) ??
      checkSignature(claim, secret, { method: request.method, path, query, headers: request.headers, bodyHash });
    return problem === undefined ? undefined : forbidden(problem);
  };
}
