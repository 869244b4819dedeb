import fc from 'fast-check';
import { getOperation } from '../contract/catalog.js';
import { invalidCase, mutationChoices, type InvalidRequest } from './invalidRequest.js';
import { validRequest } from './validRequest.js';

/** How many valid requests to look at for sites: enough for optional members and list items to show up. */
const bases = 40;

/**
 * One invalid request for every mutation at every site (list indexes taken as one) that the valid requests of
 * an operation offer: a deterministic sweep of the catalog, to run before random cases so none is missed.
 */
export function invalidRequestSweep(id: string, seed: number): InvalidRequest[] {
  const op = getOperation(id);
  const cases = new Map<string, InvalidRequest>();
  for (const [n, valid] of fc.sample(validRequest(id), { seed, numRuns: bases }).entries()) {
    for (const { m, at } of mutationChoices(op, valid)) {
      for (const site of at) {
        const key = `${m.name} ${site.path.replace(/\/\d+/g, '/*')}`;
        if (cases.has(key)) continue;
        const value = m.boundary ? m.boundary(site) : fc.sample(m.values(site), { seed: seed + n, numRuns: 1 })[0];
        cases.set(key, invalidCase(op, valid, m, site, value));
      }
    }
  }
  return [...cases.values()];
}
