import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Workers: vitest's own default (one fewer than the cores), but at least two. Much of the suite waits (backoffs
// after 429s, lifecycle timings, processes starting), so on the 2-core CI machine two workers overlap that
// waiting instead of queuing it. Not isolated: each worker loads the sources once, not once per test file
// (about 1.5 s a file, a third of the suite's time); tests that change globals put them back (issue 23's note
// has the timings).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/freshBuild.ts'],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    isolate: false,
    testTimeout: 60_000,
    // Worker threads of verify load dist/, which the global setup has just built from these sources (workerEntry.ts).
    env: { PACT_DO_NOT_TRACK: 'true', CHIME_CONFORMANCE_WORKERS_FROM_BUILD: '1' },
  },
});
