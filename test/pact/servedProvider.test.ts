/**
 * `pact verify` against `chime-conformance serve` started as a separate process (real timings, system clock),
 * its provider states set over HTTP by Pact itself through /_chime/provider-states: what a team verifying
 * another implementation does, with our emulator in its place.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { repoRoot } from '../support/paths.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';
let served: ServedEmulator;
beforeAll(async () => void (served = await serveProcess([])), 30_000);
afterAll(async () => void (await served.stop()));

const verifyServed = (extra: string[] = []) => {
  const { io, out } = fakeIo();
  const args = ['pact', 'verify', '--provider-base-url', served.url, '--provider-states-setup-url', `${served.url}/_chime/provider-states`, ...extra];
  return runCli(args, io).then((code) => ({ code, out: out.join('\n') }));
};

describe('pact verify against a separately started serve', () => {
  it('passes every canonical interaction, states set up over HTTP', { timeout: 120_000 }, async () => {
    expect(await verifyServed()).toEqual({ code: 0, out: 'pact verify: every interaction matched' });
  });

  it('fails an interaction whose provider state the emulator does not know', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-state-'));
    try {
      const source = resolve(repoRoot, 'contracts/aws-sdk-js-v3-chime-sdk-voice.json');
      const pact = JSON.parse(readFileSync(source, 'utf8')) as { interactions: { description: string; providerStates?: { name: string }[] }[] };
      const one = pact.interactions.find((i) => i.description === 'voice.GetVoiceProfileDomain');
      if (!one?.providerStates?.[0]) throw new Error('the canonical voice pact lost its GetVoiceProfileDomain interaction');
      one.providerStates[0].name = 'a voice profile domain exist';
      const file = join(dir, 'typo.json');
      writeFileSync(file, JSON.stringify({ ...pact, interactions: [one] }));
      const result = await verifyServed(['--pact', file]);
      expect(result.code).toBe(1);
      // A few plain lines: the count, the interaction with Pact's reason, where the full report is.
      expect(result.out.split('\n')).toEqual([
        'pact verify: FAILED: 1 of 1 interaction(s) did not match',
        expect.stringMatching(/^ {2}- .*voice\.GetVoiceProfileDomain: .*state change/),
        "Hint: --verbose prints Pact's full report.",
      ]);
      expect(result.out).not.toMatch(/\u001b\[/);
      const verbose = await verifyServed(['--pact', file, '--verbose']);
      expect(verbose.out.split('\n').length).toBeGreaterThan(5);
      expect(verbose.out).toContain('Given a voice profile domain exist');
      expect(verbose.out).not.toMatch(/\u001b\[/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
