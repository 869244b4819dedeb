import { NoAnswer } from './answerLimits.js';

/** Where a request is: what its deadline says when it passes. */
export type Phase = 'connect' | 'answer' | 'body';

const late: Record<Phase, string> = { connect: 'could not connect', answer: 'no answer', body: 'the answer did not finish' };

export interface RequestDeadline {
  /** Aborted with a NoAnswer when the deadline passes. */
  readonly signal: AbortSignal;
  reached(phase: Phase): void;
  clear(): void;
}

/**
 * One deadline for the whole exchange (connect, first byte, last byte), not an idle timeout: an endpoint that
 * sends one byte a second is never idle, and must still not hold the run.
 */
export function requestDeadline(ms: number, start: Phase): RequestDeadline {
  const controller = new AbortController();
  let phase = start;
  const timer = setTimeout(() => controller.abort(new NoAnswer(`${late[phase]} within ${ms / 1000} s`)), ms);
  return { signal: controller.signal, reached: (p) => void (phase = p), clear: () => clearTimeout(timer) };
}
