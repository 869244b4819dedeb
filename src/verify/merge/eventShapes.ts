import type { Shape } from './shapeProblem.js';

const outcome: Shape = {
  by: 'status',
  cases: {
    pass: { members: { cases: 'count' } },
    fail: { members: { cases: 'count', failure: { members: { message: 'string', curl: 'string', sdk: 'string', replay: 'string' }, optional: ['curl', 'sdk', 'replay'] } } },
    skip: { members: { reason: 'string', setup: 'true' }, optional: ['setup'] },
    inconclusive: { members: { cases: 'count', reason: 'string' } },
  },
};

/** What each event of a report (src/verify/run/events.ts) must hold for merge to use it; other types are passed over. */
export const eventShapes: Readonly<Record<string, Shape>> = {
  'run-start': {
    members: {
      endpoint: 'string',
      seed: 'integer',
      cells: 'count',
      embedded: 'boolean',
      setup: 'string',
      version: 'string',
      startedAt: 'string',
      runs: 'count',
      auth: { oneOf: ['off', 'strict'] },
      onAccount: 'boolean',
      shard: { members: { index: 'count', count: 'count' } },
      selection: { members: { service: { oneOf: ['media-pipelines', 'voice', 'all'] }, ops: { listOf: 'string' }, checks: { listOf: 'string' } } },
      plan: 'string',
    },
  },
  cell: { members: { check: 'string', operation: 'string', outcome, ms: 'number', retries: 'count' } },
  'run-end': {
    members: { conformant: 'boolean', passed: 'count', failed: 'count', skipped: 'count', inconclusive: 'count', ms: 'number', notTornDown: 'count' },
    optional: ['notTornDown'],
  },
  cleanup: { members: { created: 'count', ended: 'count', left: { listOf: { members: { kind: 'string', id: 'string', why: 'string' } } } } },
};
