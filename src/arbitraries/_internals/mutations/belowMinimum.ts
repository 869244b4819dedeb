import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** A number under its minimum: ChannelId -1, MaxResults 0. */
export const belowMinimum: Mutation = {
  name: 'belowMinimum',
  rule: 'minimum',
  applies: (site) => typeof site.value === 'number' && typeof site.schema['minimum'] === 'number',
  boundary: (site) => (site.schema['minimum'] as number) - (site.schema['type'] === 'integer' ? 1 : 0.5),
  values: (site) => {
    const min = site.schema['minimum'] as number;
    if (site.schema['type'] === 'integer') return fc.oneof(fc.constant(min - 1), fc.integer({ min: -(2 ** 31), max: min - 1 }));
    return fc.oneof(fc.constant(min - 0.5), fc.double({ max: min, maxExcluded: true, noNaN: true, noDefaultInfinity: true }));
  },
};
