import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupOptions } from '../../../src/cli/commands/setupOptions.js';
import { UsageError } from '../../../src/cli/command.js';
import { testTempDir } from '../../support/tempDir.js';

const refused = (v: Record<string, string>) => {
  try {
    setupOptions(v);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('verify --setup, --setup-url, --fixtures', () => {
  it('defaults to finding the setup, and reads each source', () => {
    expect(setupOptions({})).toEqual({ setup: { from: 'auto' } });
    expect(setupOptions({ setup: 'none' })).toEqual({ setup: { from: 'none' } });
    expect(setupOptions({ 'setup-url': 'http://127.0.0.1:9000/setup' })).toEqual({ setup: { from: 'url', url: 'http://127.0.0.1:9000/setup' } });
    const file = join(testTempDir('fx-'), 'f.json');
    writeFileSync(file, JSON.stringify({ pipelines: ['p-1'] }));
    expect(setupOptions({ fixtures: file })).toEqual({ setup: { from: 'fixtures', fixtures: { calls: [], pipelines: ['p-1'] } } });
  });

  it.each([
    [{ setup: 'hook' }, '--setup hook is not one of auto, control-plane, none'],
    [{ 'setup-url': 'ftp://x/setup' }, '--setup-url ftp://x/setup is not an http(s) URL without credentials'],
    [{ 'setup-url': 'http://user:secret@127.0.0.1/setup' }, 'is not an http(s) URL without credentials'],
    [{ setup: 'none', fixtures: 'f.json' }, '--setup and --fixtures name two sources of setup'],
    [{ fixtures: '/nonexistent/fixtures.json' }, '--fixtures /nonexistent/fixtures.json: cannot read it (ENOENT)'],
  ])('%j is a usage error', (v, message) => {
    expect(refused(v)).toContain(message);
  });
});
