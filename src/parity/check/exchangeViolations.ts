import type { Exchange } from '../exchange.js';
import { answerViolations } from './answerViolations.js';
import { requestViolations } from './requestViolations.js';
import type { Violation } from './violation.js';

/**
 * Where an exchange departs from the contract, both ways. An answer to a request no route matches is not
 * checked: without an operation there is no schema to hold it to.
 */
export function exchangeViolations(ex: Exchange): Violation[] {
  const request = requestViolations(ex);
  if (!request.op) return [...request.violations];
  return [...request.violations, ...answerViolations(request.op, ex, request.violations.length > 0)];
}
