import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** A number over its maximum: ChannelId 2, MaxResults 101, ConfidenceScore 1.5. */
export const aboveMaximum: Mutation = {
  name: 'aboveMaximum',
  rule: 'maximum',
  applies: (site) => typeof site.value === 'number' && typeof site.schema['maximum'] === 'number',
  boundary: (site) => (site.schema['maximum'] as number) + (site.schema['type'] === 'integer' ? 1 : 0.5),
  values: (site) => {
    const max = site.schema['maximum'] as number;
    if (site.schema['type'] === 'integer') return fc.oneof(fc.constant(max + 1), fc.integer({ min: max + 1, max: 2 ** 31 - 1 }));
    return fc.oneof(fc.constant(max + 0.5), fc.double({ min: max, minExcluded: true, noNaN: true, noDefaultInfinity: true }));
  },
};
