import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';

async function help(argv: string[]): Promise<string> {
  const { io, out } = fakeIo();
  expect(await runCli(argv, io)).toBe(0);
  return out.join('\n');
}

describe('help of one subcommand', () => {
  it('pact verify --help is about pact verify alone, pact publish --help about publish alone', async () => {
    const verify = await help(['pact', 'verify', '--help']);
    expect(verify).toMatch(/^Usage: chime-conformance pact verify/);
    expect(verify).not.toMatch(/pact publish/);
    const publish = await help(['pact', 'publish', '-h']);
    expect(publish).toMatch(/^Usage: chime-conformance pact publish/);
    expect(publish).not.toMatch(/pact verify/);
  });

  it('pact --help (or an unknown subcommand with --help) shows every pact subcommand', async () => {
    for (const argv of [
      ['pact', '--help'],
      ['pact', 'frobnicate', '--help'],
    ]) {
      const text = await help(argv);
      expect(text).toMatch(/chime-conformance pact verify/);
      expect(text).toMatch(/chime-conformance pact publish/);
    }
  });
});
