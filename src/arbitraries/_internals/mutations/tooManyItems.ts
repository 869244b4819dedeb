import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** A list longer than maxItems, made of its own valid items: 51 Tags. */
export const tooManyItems: Mutation = {
  name: 'tooManyItems',
  rule: 'maxItems',
  applies: (site) => Array.isArray(site.value) && site.value.length > 0 && typeof site.schema['maxItems'] === 'number',
  values: (site) => {
    const items = site.value as unknown[];
    const max = site.schema['maxItems'] as number;
    return fc.integer({ min: max + 1, max: max + 3 }).map((n) => Array.from({ length: n }, (_, i) => items[i % items.length]));
  },
};
