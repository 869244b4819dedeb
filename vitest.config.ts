import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// As many files at once as the machine has cores (vitest's
// default, one fewer, runs them one at a time on a 2-core CI machine); more than that starves the suites whose
// servers and child processes need the CPU on time (tried: four on two cores failed deadline tests).
const workers = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    maxWorkers: workers,
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
});
