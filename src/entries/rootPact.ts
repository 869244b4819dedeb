import type { PactV4 } from '@pact-foundation/pact';
import { loadPact } from './loadPact.js';

/**
 * chimePact as the root entry has always exported it, loading Pact only when called: the root must import
 * without the optional peer installed. New code imports it from chime-conformance/pact.
 * @deprecated import { chimePact } from 'chime-conformance/pact'
 */
export function chimePact(pact: PactV4): ReturnType<ReturnType<typeof loadPact>['chimePact']> {
  return loadPact('chimePact (chime-conformance)').chimePact(pact);
}
