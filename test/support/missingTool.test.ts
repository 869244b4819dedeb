import { describe, expect, it, vi } from 'vitest';
import { missingTool } from './missingTool.js';

/** What missingTool did: whether it skipped, and the test it registered (run, to read its failure). */
function outcome(reason: string | undefined, env: NodeJS.ProcessEnv) {
  const registered: { name: string; fn: () => void }[] = [];
  const fakeIt = ((name: string, fn: () => void) => void registered.push({ name, fn })) as unknown as typeof it;
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const skip = missingTool('Chromium', reason, '.ci/run installs it with apt-get install chromium', env, fakeIt);
    return { skip, registered, warned: warn.mock.calls.map((c) => String(c[0])) };
  } finally {
    warn.mockRestore();
  }
}

describe('a test that needs a tool the machine lacks', () => {
  it('runs when the tool is there, CI or not', () => {
    for (const env of [{}, { CI: 'true' }]) expect(outcome(undefined, env)).toEqual({ skip: false, registered: [], warned: [] });
  });

  it('is skipped with the reason printed outside CI', () => {
    for (const env of [{}, { CI: '' }, { CI: 'false' }, { CI: '0' }]) {
      const o = outcome('no chromium at /usr/bin/chromium', env);
      expect(o.skip).toBe(true);
      expect(o.registered).toEqual([]);
      expect(o.warned).toEqual(['Chromium: tests skipped: no chromium at /usr/bin/chromium']);
    }
  });

  it('fails in CI, naming the tool and how .ci/run installs it', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }]) {
      const o = outcome('no chromium at /usr/bin/chromium', env);
      expect(o.skip).toBe(true);
      expect(o.registered.map((t) => t.name)).toEqual(['Chromium is installed (CI runs every test)']);
      expect(() => o.registered[0]?.fn()).toThrow('Chromium is missing in CI: no chromium at /usr/bin/chromium. Hint: .ci/run installs it with apt-get install chromium');
    }
  });
});
