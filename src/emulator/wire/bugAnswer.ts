import type { RawResponse } from './types.js';

/**
 * The answer to a request whose handling threw: a bug in the emulator, said as one, instead of a crash or a
 * dropped request. Every adapter that owns its transport answers it the same way.
 */
export const bugAnswer = (e: unknown): RawResponse => ({
  status: 500,
  headers: { 'x-amzn-errortype': 'ServiceFailureException', 'content-type': 'application/json' },
  body: JSON.stringify({ Message: `chime-conformance emulator bug: ${(e as Error).message}` }),
});
