import type { Credentials } from '../shared/credentials.js';
import { AnswerTooLarge, NoAnswer, type AnswerLimits } from './answerLimits.js';
import type { SdkExchange } from './sdkSender.js';

/** What the SDK thread is started with: plain data, as sdkSender takes it. */
export interface SdkWorkerData {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: Credentials;
  readonly limits: AnswerLimits;
  readonly via?: string;
}

export interface SdkCall {
  readonly id: number;
  readonly op: string;
  readonly input: unknown;
}

/** An error as data: what the run's thread needs to tell a deadline, a cap and a connection failure apart. */
export interface FlatError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly reusedSocket?: boolean;
  readonly maxBytes?: number;
}

export type SdkReply = { readonly id: number; readonly exchange: SdkExchange } | { readonly id: number; readonly error: FlatError };

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
