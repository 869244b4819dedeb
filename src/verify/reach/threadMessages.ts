import { AnswerTooLarge, NoAnswer } from './answerLimits.js';

/** A call to a thread of the run: which of its handlers, and what to hand it. */
export interface ThreadCall {
  readonly id: number;
  readonly kind: string;
  readonly arg: unknown;
}

/** What a thread says: it is ready (and what the run needs to know of it), or how one call ended. */
export type ThreadMessage = { readonly ready: unknown } | { readonly id: number; readonly value: unknown } | { readonly id: number; readonly error: FlatError };

/** An error as data: what the run's thread needs to tell a deadline, a cap and a connection failure apart. */
export interface FlatError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly reusedSocket?: boolean;
  readonly maxBytes?: number;
}

export function flattenError(e: unknown): FlatError {
  const err = (e instanceof Error ? e : new Error(String(e))) as Error & { code?: unknown; reusedSocket?: unknown; maxBytes?: unknown };
  return {
    name: err.name,
    message: err.message,
    ...(typeof err.code === 'string' ? { code: err.code } : {}),
    ...(typeof err.reusedSocket === 'boolean' ? { reusedSocket: err.reusedSocket } : {}),
    ...(typeof err.maxBytes === 'number' ? { maxBytes: err.maxBytes } : {}),
  };
}

/** The error again, of the class the run's checks and fuse look for. */
export function reviveError(f: FlatError): Error {
  if (f.name === 'NoAnswer') return new NoAnswer(f.message);
  if (f.name === 'AnswerTooLarge' && f.maxBytes !== undefined) return new AnswerTooLarge(f.maxBytes);
  const { name, message, ...rest } = f;
  return Object.assign(new Error(message), { name }, rest);
}
