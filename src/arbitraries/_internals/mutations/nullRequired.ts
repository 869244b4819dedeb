import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** JSON null for a required member: restJson1 reads null as absent, so the member is missing. */
export const nullRequired: Mutation = {
  name: 'nullRequired',
  rule: 'required',
  applies: (site) => site.required && site.in === 'body' && site.path !== '' && !/\/\d+$/.test(site.path),
  values: () => fc.constant(null),
};
