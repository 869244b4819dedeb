import fc from 'fast-check';
import type { Operation } from '../contract/operation.js';
import { validRequest } from '../arbitraries/validRequest.js';
import { validResponse } from '../arbitraries/validResponse.js';

/** The export is generated: a fixed seed keeps two runs byte for byte the same, so a diff shows a contract change. */
export const exampleSeed = 15;

export interface OperationExamples {
  /** One SDK-style input: labels and query members included, split over the request by the caller. */
  readonly request: Record<string, unknown>;
  /** The success body, undefined for 204. */
  readonly success: unknown;
  /** One body for each modelled error, by error type. */
  readonly errors: ReadonlyMap<string, unknown>;
}

/**
 * Examples drawn from the contract's own arbitraries, so they meet every constraint by construction (a test
 * checks them against the validators all the same). Errors are a quarter of validResponse's draws: enough
 * draws are taken for each error type to come up, and the first of each is kept.
 */
export function examplesOf(op: Operation): OperationExamples {
  const [request = {}] = fc.sample(validRequest(op.id), { seed: exampleSeed, numRuns: 1 });
  const responses = fc.sample(validResponse(op.id), { seed: exampleSeed, numRuns: 60 * op.errors.length + 20 });
  const success = responses.find((r) => r.errorType === undefined);
  const errors = new Map<string, unknown>();
  for (const r of responses) if (r.errorType !== undefined && !errors.has(r.errorType)) errors.set(r.errorType, r.body);
  const missing = op.errors.filter((e) => !errors.has(e.type)).map((e) => e.type);
  if (!success || missing.length > 0) throw new Error(`chime-conformance: no example drawn for ${op.id} ${success ? missing.join(', ') : 'success'}`);
  return { request, success: success.body, errors };
}
