import type { ServiceName } from '../../contract/operation.js';
import type { Credentials } from '../../shared/credentials.js';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import type { Exchange } from '../exchange.js';
import type { Violation } from '../check/violation.js';

export interface ProxyOptions {
  /** Where each service's requests go: one URL for both (an emulator), or the real service's two hosts. */
  readonly upstream: Readonly<Record<ServiceName, string>>;
  /** The region requests are signed for. */
  readonly region: string;
  /** The proxy's own credentials, asked for at each signature (a provider refreshes what expires). */
  readonly credentials: Credentials | (() => Promise<Credentials>);
  /** Each upstream exchange's deadline and answer cap: verify's (10 s, 8 MiB) unless given. */
  readonly limits?: AnswerLimits;
  /** Bytes of a client's request body read at most (default 1 MiB: the contract's largest request is a few kB). */
  readonly maxRequestBytes?: number;
  readonly port?: number;
  readonly host?: string;
  /** The time an exchange starts at, in ms since the epoch (default Date.now; a recording made on an emulated clock gives its own). */
  readonly now?: () => number;
  /** Each exchange relayed, once its answer has gone back to the client, with what the contract says of it. */
  readonly onExchange?: (exchange: Exchange, violations: readonly Violation[]) => void | Promise<void>;
  /** A request that got no upstream answer, or whose recording failed: one line, never a secret. */
  readonly onTrouble?: (line: string) => void;
}

/** 1 MiB: a request of the contract is a few kB; a client sending more is refused before anything is forwarded. */
export const defaultMaxRequestBytes = 1024 * 1024;
