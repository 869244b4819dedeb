import type { Operation } from '../contract/operation.js';
import type { Issue } from '../contract/rules.js';

/** What an example is checked against: an operation, or an event status with the schema of its detail type. */
export type ExampleSubject = Operation | { readonly id: string; readonly schema: string };

/** A contract violation in a consumer's example, caught when the interaction is built rather than at verification. */
export class ContractExampleError extends Error {
  constructor(subject: ExampleSubject, what: string, issues: readonly Issue[]) {
    const schema = 'service' in subject ? `schemas/${subject.service}/${subject.name}.json` : subject.schema;
    super(`chime-conformance pact: the ${what} example of ${subject.id} breaks the contract: ${issues.map((i) => i.message).join('; ')}. Fix the example; the contract is ${schema}`);
    this.name = 'ContractExampleError';
  }
}
