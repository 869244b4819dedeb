import fc from 'fast-check';
import type { Mutation } from '../mutation.js';
import type { Site } from '../sites.js';
import { patternViolations } from '../stringCandidates.js';

const wireMinimum = (site: Site): number => (site.in === 'label' ? 1 : 0);

/** A string of allowed length that its pattern rejects: whitespace-only identifiers, "arn" with a space. */
export const patternViolation: Mutation = {
  name: 'patternViolation',
  rule: 'pattern',
  applies: (site) => typeof site.value === 'string' && patternViolations(site.schema, wireMinimum(site)).length > 0,
  values: (site) => fc.constantFrom(...patternViolations(site.schema, wireMinimum(site))),
};
