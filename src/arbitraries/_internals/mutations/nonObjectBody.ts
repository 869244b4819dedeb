import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** The request as a whole is not a JSON object. */
export const nonObjectBody: Mutation = {
  name: 'nonObjectBody',
  rule: 'type',
  applies: (site) => site.path === '',
  values: () => fc.oneof(fc.constant([]), fc.string(), fc.integer(), fc.boolean(), fc.constant(['{}'])),
};
