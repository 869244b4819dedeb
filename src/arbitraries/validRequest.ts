import { memoize } from './_internals/memoize.js';
import type fc from 'fast-check';
import { getOperation } from '../contract/catalog.js';
import { schemaArbitrary } from './_internals/schemaArbitrary.js';

/** SDK-style inputs (labels and query members included) that meet every constraint of the operation. */
export const validRequest: (id: string) => fc.Arbitrary<Record<string, unknown>> = memoize((id) => {
  const op = getOperation(id);
  return schemaArbitrary(op.document, { $ref: op.requestRef }) as fc.Arbitrary<Record<string, unknown>>;
});
