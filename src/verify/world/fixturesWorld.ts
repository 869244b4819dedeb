import { NotApplicable } from '../run/check.js';
import type { Fixtures } from './readFixtures.js';
import { exampleKmsKeyArn, wait, type World } from './world.js';

const elsewhere = 'give more in --fixtures, a --setup-url, or a target with the control plane';

/** Hands out each item once: a case starts its tasks on a resource no other case uses. */
function oneEach<T>(items: readonly T[], what: string): () => T {
  const left = [...items];
  return () => {
    const next = left.shift();
    if (next !== undefined) return next;
    const why = items.length === 0 ? 'the fixtures name none' : `the ${items.length} of --fixtures are used up`;
    throw new NotApplicable(`needs a new ${what} per case: ${why} (${elsewhere})`);
  };
}

/**
 * A world of resources that already exist (--fixtures): each call and pipeline serves one case, since each case
 * starts tasks of its own and a second on the same call leg or stream could rightly be refused. Time passes as
 * it does; nothing is torn down, as nothing was made.
 */
export function fixturesWorld(f: Fixtures): World {
  const nextCall = oneEach(f.calls, 'live call');
  const nextPipeline = oneEach(f.pipelines, 'media insights pipeline');
  return {
    source: 'fixtures',
    callsMayBeSilent: true,
    pipeline: async () => nextPipeline(),
    call: async () => nextCall(),
    pass: wait,
    kmsKeyArn: f.kmsKeyArn ?? exampleKmsKeyArn,
    ...(f.kmsKeyArn === undefined ? {} : { kmsGiven: true as const }),
    teardown: async () => ({ left: 0 }),
  };
}
