import fc from 'fast-check';
import type { Mutation } from '../mutation.js';
import { lengthViolations } from '../stringCandidates.js';

const tooShort = (site: Parameters<Mutation['values']>[0]) => lengthViolations(site.schema, String(site.value), 'short', site.in === 'label' ? 1 : 0);

/** A string shorter than minLength that still matches its pattern: Voice ClientRequestToken "a". */
export const belowMinLength: Mutation = {
  name: 'belowMinLength',
  rule: 'minLength',
  applies: (site) => typeof site.value === 'string' && typeof site.schema['minLength'] === 'number' && tooShort(site).length > 0,
  boundary: (site) => tooShort(site)[0],
  values: (site) => fc.constantFrom(...tooShort(site)),
};
