import type { AuthMode, Credentials } from '../../shared/credentials.js';
import type { RawRequest } from './types.js';
import { createVerifier, type Denial } from './sigv4/verifier.js';

export type Authenticate = (request: RawRequest) => Denial | undefined;

/** The example key pair of the AWS SigV4 documentation and test suite: always known, so tests need no setup. */
export const exampleCredentials: Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

export interface Sigv4Options {
  readonly mode: AuthMode;
  /** Key pairs the emulator accepts, besides `exampleCredentials`; a repeated access key ID takes the later secret. */
  readonly credentials?: readonly Credentials[];
  readonly region: string;
  readonly clock: { now(): number };
  /** Lenient mode only: told what strict mode would have rejected, and why. */
  readonly onLenientWarning?: (message: string) => void;
}

function secretsOf(credentials: readonly Credentials[]): ReadonlyMap<string, string> {
  return new Map([exampleCredentials, ...credentials].map((c) => [c.accessKeyId, c.secretAccessKey]));
}

/**
 * The `authenticate` hook of `createWire` for a SigV4 mode: undefined for `off`; for `lenient`, one that accepts
 * every request (and, given `onLenientWarning`, reports what strict mode would say); for `strict`, one that
 * answers 401 to unsigned requests and 403 to any signature that does not verify.
 */
// semantics: authentication
export function sigv4Authenticator(options: Sigv4Options): Authenticate | undefined {
  if (options.mode === 'off') return undefined;
  const verify = createVerifier({ region: options.region, clock: options.clock, secrets: secretsOf(options.credentials ?? []) });
  if (options.mode === 'strict') return verify;
  const warn = options.onLenientWarning;
  if (warn === undefined) return () => undefined;
  return (request) => {
    const denial = verify(request);
    if (denial !== undefined) warn(denial.message);
    return undefined;
  };
}

/** What the adapters take: a mode and extra key pairs. */
export interface AuthOptions {
  /** SigV4 checking: off (default), lenient (accept all) or strict (verify every signature). */
  readonly auth?: AuthMode;
  /** Key pairs strict mode accepts, besides `exampleCredentials` (AKIDEXAMPLE). */
  readonly credentials?: readonly Credentials[];
}

/**
 * The hook an adapter gives `createWire`: from `auth` when it is lenient or strict, else the caller's own
 * `authenticate` if any. Region and clock are the emulator core's, so scope and skew match what it serves.
 */
export function authenticateFor(
  options: AuthOptions & { readonly authenticate?: Authenticate },
  core: { readonly region: string; readonly clock: { now(): number } },
): { authenticate?: Authenticate } {
  const mode = options.auth ?? 'off';
  const authenticate = sigv4Authenticator({ mode, region: core.region, clock: core.clock, ...(options.credentials ? { credentials: options.credentials } : {}) }) ?? options.authenticate;
  return authenticate === undefined ? {} : { authenticate };
}
