import type { RuleName } from '../../emulator/core/semantics/rules.js';
import type { Operation } from '../../contract/operation.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import type { Credentials, SigningMode } from '../../shared/credentials.js';
import type { Target } from '../reach/target.js';

export interface CheckContext {
  readonly target: Target;
  /** Generated cases per operation for property checks. */
  readonly runs: number;
  readonly seed: number;
  /** A fast-check path to replay one counterexample (from a failure's replay line). */
  readonly path?: string;
  readonly auth: SigningMode;
  readonly credentials: Credentials;
  readonly region: string;
  /** How long one check may spend on one operation, shrinking included (default 8 s). */
  readonly timeLimitMs?: number;
  /** False: report the first counterexample found, unshrunk (detection without the cost, e.g. on very broken targets). */
  readonly shrink?: boolean;
}

export interface Failure {
  readonly message: string;
  /** The shrunk request, redacted, as a curl command and as an SDK call. */
  readonly curl?: string;
  readonly sdk?: string;
  /** `--replay` value that reruns exactly this case. */
  readonly replay?: string;
}

export type Outcome =
  | { readonly status: 'pass'; readonly cases: number }
  | { readonly status: 'fail'; readonly cases: number; readonly failure: Failure }
  /** setup: the cell needs what no setup source gives (NotApplicable), rather than not applying to the operation. */
  | { readonly status: 'skip'; readonly reason: string; readonly setup?: true }
  /** Cases got no real answer (throttled or unavailable after every retry): neither evidence of conformance nor of its lack. */
  | { readonly status: 'inconclusive'; readonly cases: number; readonly reason: string };

/** One conformance check: what it asserts, which operations it applies to, and how it runs on one. */
export interface Check {
  readonly name: string;
  readonly summary: string;
  /**
   * The rows of the emulator's semantics table (docs/emulator.md) the check's assertions rest on: each has a
   * source, never "our choice", so no check fails a target for departing from one of the emulator's choices.
   */
  readonly restsOn?: readonly RuleName[];
  /** True, or the reason it does not apply to this operation. */
  applies(op: Operation, ctx: CheckContext): true | string;
  run(ctx: CheckContext, op: Operation): Promise<Outcome>;
  /**
   * Its cases mostly wait on the target's own timings (a task's statuses): a run starts such cells at once,
   * beside the pool of --parallel cells, so that their waiting overlaps the other cells' work instead of
   * holding the pool's slots.
   */
  readonly waits?: boolean;
  /**
   * True (the default), or why the check is not run on a real AWS account (`verify --endpoint aws`): it floods,
   * sends hostile bodies at volume, or would create resources per case beyond what a paid account should hold.
   */
  readonly safeOnAccount?: true | string;
}

/** Thrown inside a check's property: the answer broke the contract. Carries the request that did it. */
export class Nonconformance extends Error {
  constructor(
    message: string,
    readonly request: unknown,
    /** The exact HTTP request, where the SDK-style input cannot say it (a non-object or spoiled body). */
    readonly wire?: EncodedRequest,
  ) {
    super(message);
    this.name = 'Nonconformance';
  }
}

/** A check as a run selects it: a built-in one by name, or a Check object, which registers it and selects it. */
export type CheckChoice = string | Check;

/**
 * Thrown where a case needs what no setup source gives (a new live call on a target without a setup hook): the
 * cell is not applicable, with this reason, never failed for verify's own lack.
 */
export class NotApplicable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NotApplicable';
  }
}

/** Thrown when a request still gets no real answer after every retry (429, 503): the case proves nothing. */
export class Inconclusive extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Inconclusive';
  }
}
