import { Inconclusive } from './check.js';

/**
 * Runs of a case that got no real answer before it counts as inconclusive. Each run's requests were already
 * retried as the SDK would (reach/retrying.ts), so a case that still got none proves nothing; running it again
 * whole, setup included, asks once more instead of giving up on the first unlucky request of a long case.
 */
export const caseRuns = 4;

/**
 * Runs a case until one run gets real answers: undefined then (it passed, or threw what it threw), or the last
 * run's Inconclusive when none did. Inconclusive is never thrown on to fast-check, which would report a failure
 * and shrink towards it; to a property the case simply holds.
 */
export async function untilAnswered(run: () => Promise<void>, runs = caseRuns): Promise<Inconclusive | undefined> {
  let last: Inconclusive | undefined;
  for (let n = 0; n < runs; n++) {
    try {
      await run();
      return undefined;
    } catch (e) {
      if (!(e instanceof Inconclusive)) throw e;
      last = e;
    }
  }
  return last;
}
