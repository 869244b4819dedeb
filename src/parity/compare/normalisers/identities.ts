import type { Normaliser } from '../normaliser.js';
import { mapLeaves } from '../normaliser.js';

/**
 * Generated IDs: the recorded answer's IDs and ARNs become the ones the target answered in their place, so a
 * Get that names the right resource compares equal, and one that names another still shows both values.
 */
export const identities: Normaliser = {
  name: 'identities',
  normalise(value, ctx) {
    if (ctx.side !== 'recorded' || ctx.identities.size === 0) return value;
    return mapLeaves(value, (v) => (typeof v === 'string' ? (ctx.identities.get(v) ?? v) : v));
  },
};
