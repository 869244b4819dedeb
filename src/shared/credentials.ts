/** An AWS key pair: what the emulator's strict mode accepts and what verify signs with. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Temporary credentials (SSO, an assumed role, AWS_SESSION_TOKEN) carry one; it is signed as X-Amz-Security-Token. */
  readonly sessionToken?: string;
}

/** SigV4 checking modes, as a list too: the CLI refuses any other value before the emulator sees it. */
export const authModes = ['off', 'lenient', 'strict'] as const;

/** SigV4 checking: off, lenient (accept all, report what strict would refuse) or strict (verify every signature). */
export type AuthMode = (typeof authModes)[number];

/** How verify talks to a target: it signs or it does not; lenient is a server's choice, not a client's. */
export type SigningMode = Exclude<AuthMode, 'lenient'>;
