import type { SetupChoice } from '../../verify/world/chooseWorld.js';
import { BadFixtures, readFixtures } from '../../verify/world/readFixtures.js';
import { UsageError } from '../command.js';

const sources = ['auto', 'control-plane', 'none'] as const;

function url(text: string): string {
  try {
    const parsed = new URL(text);
    if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.username === '' && parsed.password === '') return text;
  } catch {
    // the usage error below
  }
  throw new UsageError(`--setup-url ${text} is not an http(s) URL without credentials`, 'e.g. --setup-url http://127.0.0.1:9000/setup (docs/verify.md, "The setup protocol")');
}

/**
 * Where the world of a run comes from: --setup-url, --fixtures or --setup (one of them); a fixtures file is read and
 * checked here, so a wrong member is a usage error before anything is sent.
 */
export function setupOptions(v: Record<string, string | undefined>): { readonly setup: SetupChoice } {
  const given = ['setup', 'setup-url', 'fixtures'].filter((k) => v[k] !== undefined);
  if (given.length > 1) throw new UsageError(`--${given.join(' and --')} name two sources of setup`, 'give one: --setup-url for a hook, --fixtures for resources that exist, --setup for the rest');
  if (v['setup-url'] !== undefined) return { setup: { from: 'url', url: url(v['setup-url']) } };
  if (v['fixtures'] !== undefined) {
    try {
      return { setup: { from: 'fixtures', fixtures: readFixtures(v['fixtures']) } };
    } catch (e) {
      if (e instanceof BadFixtures) throw new UsageError(e.message, 'see schemas/setup/fixtures.json and its example in schemas/setup/examples/');
      throw e;
    }
  }
  const from = v['setup'] ?? 'auto';
  if (!(sources as readonly string[]).includes(from)) throw new UsageError(`--setup ${from} is not one of ${sources.join(', ')}`, 'e.g. --setup control-plane');
  return { setup: { from: from as (typeof sources)[number] } };
}
