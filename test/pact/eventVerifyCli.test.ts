/**
 * `pact verify` with the embedded emulator: the canonical pacts, HTTP and events, in one run; and a consumer's
 * own event pact, whose message descriptions are its own, found by the status and path of their examples.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { chimePact } from '../../src/pact/chimePact.js';
import { fakeIo } from '../support/fakeIo.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';
const dir = mkdtempSync(join(tmpdir(), 'event-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verify = async (args: string[]) => {
  const { io, out } = fakeIo();
  const code = await runCli(['pact', 'verify', ...args], io);
  return { code, out: out.join('\n') };
};

describe('pact verify and event pacts', () => {
  it('verifies the canonical HTTP and event pacts against the embedded emulator', { timeout: 120_000 }, async () => {
    expect(await verify([])).toEqual({ code: 0, out: 'pact verify: every interaction matched' });
  });

  it("verifies a consumer's event pact whatever it calls its messages", { timeout: 60_000 }, async () => {
    const pact = new PactV4({ consumer: 'my-app', provider: 'chime-voice-analytics-events', dir, logLevel: 'error' });
    const pipeline = {
      mediaInsightsPipelineId: 'p-9',
      sourceArn: 'arn:aws:chime:eu-west-1:444455556666:media-pipeline/p-9',
      streamArn: 'arn:aws:kinesisvideo:eu-west-1:444455556666:stream/s/1',
      channelId: 1,
    };
    await chimePact(pact)
      .events.identificationSuccessful({
        description: 'the agent is recognised',
        detail: { ...pipeline, taskId: 'task-9', speakerSearchDetails: { results: [{ voiceProfileId: 'vp-9', confidenceScore: '0.99' }] } },
      })
      .executeTest(async () => undefined);
    await chimePact(pact)
      .events.analyticsReady({ description: 'a call can be analysed', detail: { voiceConnectorId: 'vc-9', transactionId: 'tx-9', callId: 'c-9', isCaller: false } })
      .executeTest(async () => undefined);
    expect(await verify(['--pact', join(dir, 'my-app-chime-voice-analytics-events.json')])).toEqual({ code: 0, out: 'pact verify: every interaction matched' });
  });
});
