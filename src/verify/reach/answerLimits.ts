/** How long one request may take and how much of an answer is read: what keeps a hostile endpoint from hanging or exhausting the run. */
export interface AnswerLimits {
  /** From sending a request to the last byte of its answer: connect, first byte and body together. */
  readonly requestTimeoutMs: number;
  /** Bytes of one answer's body read at most; past that the answer is a failure and its connection is dropped. */
  readonly maxAnswerBytes: number;
}

/**
 * 10 s: the contract's operations answer in milliseconds, so a request still open after 10 s is an endpoint
 * that stopped answering, not a slow one. 8 MiB: the largest contract answer (a page of tasks) is a few kB.
 */
export const defaultAnswerLimits: AnswerLimits = { requestTimeoutMs: 10_000, maxAnswerBytes: 8 * 1024 * 1024 };

/** Thrown when a request's deadline passes: the endpoint did not answer, or did not finish its answer, in time. */
export class NoAnswer extends Error {
  override readonly name = 'NoAnswer';
}

/** Thrown when an answer's body is larger than the cap: the case fails, the run goes on. */
export class AnswerTooLarge extends Error {
  override readonly name = 'AnswerTooLarge';
  constructor(readonly maxBytes: number) {
    super(`answer larger than ${maxBytes} bytes (reading stopped there; raise --max-answer-bytes if such answers are right)`);
  }
}

/** Thrown instead of sending once the endpoint has stopped answering: the rest of the run fails at once. */
export class EndpointGone extends Error {
  override readonly name = 'EndpointGone';
  constructor(readonly why: string) {
    super(`the endpoint stopped answering (${why}); nothing more is sent to it`);
  }
}
