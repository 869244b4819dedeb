import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Workers: one fewer than the cores, as vitest's default, but at least three. Part of the suite waits (backoffs
// after 429s, lifecycle timings, processes starting), so on the 2-core CI machine a third worker fills the waits
// with work: 300 s against 354 s with two, the suite's CPU the same (issue 23's note). Not isolated: each worker
// loads the sources once, not once per test file (about 1.5 s a file); tests that change globals put them back.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/freshBuild.ts', 'test/support/runScratch.ts'],
    maxWorkers: Math.max(3, availableParallelism() - 1),
    isolate: false,
    testTimeout: 60_000,
    // Worker threads of verify load dist/, which the global setup has just built from these sources (workerEntry.ts).
    env: { PACT_DO_NOT_TRACK: 'true', CHIME_CONFORMANCE_WORKERS_FROM_BUILD: '1' },
  },
});
