import fc from 'fast-check';
import type { Mutation } from '../mutation.js';
import { lengthViolations } from '../stringCandidates.js';

const tooLong = (site: Parameters<Mutation['values']>[0]) => lengthViolations(site.schema, String(site.value), 'long');

/** A string longer than maxLength that still matches its pattern: FragmentNumber of 129 digits. */
export const aboveMaxLength: Mutation = {
  name: 'aboveMaxLength',
  rule: 'maxLength',
  applies: (site) => typeof site.value === 'string' && typeof site.schema['maxLength'] === 'number' && tooLong(site).length > 0,
  boundary: (site) => tooLong(site)[0],
  values: (site) => fc.constantFrom(...tooLong(site)),
};
