import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** Near misses first: another service's spelling, another case, a neighbour language. */
const nearMisses = ['Bogus', 'en-GB', 'EN-US', 'en_US', 'caller', 'CALLEE', 'InProgress', 'IN_PROGRESS', ''];

/** A value outside an enum: CallLeg "Bogus", LanguageCode "en-GB". */
export const enumViolation: Mutation = {
  name: 'enumViolation',
  rule: 'enum',
  applies: (site) => Array.isArray(site.schema['enum']),
  values: (site) => {
    const allowed = site.schema['enum'] as string[];
    return fc.oneof(fc.constantFrom(...nearMisses), fc.string({ minLength: 1, maxLength: 12 })).filter((v) => !allowed.includes(v));
  },
};
