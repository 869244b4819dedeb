import { forAllCases } from './caseScope.js';
import { createDomain } from './setupSteps.js';
import type { Target } from '../reach/target.js';

const domains = new WeakMap<Target, Promise<string>>();

/**
 * One voice profile domain for every case that only refers to a domain (a speaker search's, a list's) rather
 * than acting on it. A domain per case made tens of thousands of them in a deep run, and a list of every domain
 * hundreds of pages long. Requests that act on a domain (Get, Update, Delete) still get their own.
 */
export function sharedDomain(t: Target): Promise<string> {
  const known = domains.get(t);
  if (known) return known;
  const made = forAllCases(() => createDomain(t));
  domains.set(t, made);
  // A domain that could not be made (a throttled request) is asked for again by the next case.
  made.catch(() => domains.delete(t));
  return made;
}
