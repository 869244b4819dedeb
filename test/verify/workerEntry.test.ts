import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { defaultAnswerLimits } from '../../src/verify/reach/answerLimits.js';
import { sdkInWorker } from '../../src/verify/reach/sdkInWorker.js';
import { builtWorkersVariable, workerEntry } from '../../src/verify/reach/workerEntry.js';

afterEach(() => void vi.unstubAllEnvs());

// The suite runs with the variable set (vitest.config.ts); users running the sources through tsx do not have it.
describe('workerEntry from the sources', () => {
  it.each(['sdkWorker', 'embeddedWorker'])('%s: the build of the thread beside it while the tests ask for it', (name) => {
    vi.stubEnv(builtWorkersVariable, '1');
    const { entry, eval: evaluate } = workerEntry(name);
    expect(evaluate).toBe(false);
    expect(fileURLToPath(entry as URL)).toMatch(new RegExp(`/dist/src/verify/reach/${name}\\.js$`));
    expect(existsSync(entry as URL)).toBe(true);
  });

  it('without it, the source file through tsx, and that thread starts and answers', async () => {
    vi.stubEnv(builtWorkersVariable, '');
    const { entry, eval: evaluate } = workerEntry('sdkWorker');
    expect(evaluate).toBe(true);
    expect(entry).toMatch(/tsImport\(.*\/src\/verify\/reach\/sdkWorker\.ts/);
    const thread = sdkInWorker({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', credentials: exampleCredentials, limits: defaultAnswerLimits });
    try {
      await expect(thread.ready).resolves.toBeUndefined();
    } finally {
      await thread.close();
    }
  });
});
