import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** The JSON body is not an object (labels and query stay as they were); only where the operation has a body. */
export const nonObjectBody: Mutation = {
  name: 'nonObjectBody',
  rule: 'type',
  applies: (site) => site.path === '' && site.op.bindings.some((b) => b.in === 'body'),
  values: () => fc.oneof(fc.constant([]), fc.string(), fc.integer(), fc.boolean(), fc.constant(['{}'])),
};
