import fc from 'fast-check';
import { absent } from '../setAt.js';
import type { Mutation } from '../mutation.js';

/** A required member left out (labels excluded: a request without one cannot be addressed at all). */
export const missingRequired: Mutation = {
  name: 'missingRequired',
  rule: 'required',
  applies: (site) => site.required && site.path !== '' && site.in !== 'label' && !/\/\d+$/.test(site.path),
  values: () => fc.constant(absent),
};
