import { defineConfig } from 'vitest/config';

// vitest's own number of workers (one fewer than the cores: one on the 2-core CI machine). Two on two cores ran
// the suite in 495 s instead of about 680 s, but a fresh-clone run then met a `socket hang up` in the
// concurrency check under load; until that is understood, the reliable setting stays (issue 23's note).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/freshBuild.ts'],
    testTimeout: 60_000,
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
});
