import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** A list shorter than minItems: Tags []. */
export const tooFewItems: Mutation = {
  name: 'tooFewItems',
  rule: 'minItems',
  applies: (site) => Array.isArray(site.value) && ((site.schema['minItems'] as number | undefined) ?? 0) > 0,
  values: (site) => {
    const items = site.value as unknown[];
    return fc.nat({ max: (site.schema['minItems'] as number) - 1 }).map((n) => items.slice(0, n));
  },
};
