import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most suites wait on sockets and child processes, not on the CPU: twice the cores keeps both busy (vitest's
// default, one fewer than the cores, runs the files one at a time on a 2-core CI machine).
const workers = Math.max(2, availableParallelism() * 2);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    maxWorkers: workers,
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
});
