import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from '../../../src/emulator/core/createCore.js';
import type { Semantics } from '../../../src/emulator/core/semantics/semantics.js';

const vc = 'abcdef1234567890abcde';
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-1/1700000000000', ChannelId: 0 };
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1';

/** A second Start on what the first task runs on, while the first is active. */
const twins: readonly (readonly [string, string, Record<string, unknown>])[] = [
  [
    'a Media Pipelines speaker search on one stream channel',
    'media-pipelines.StartSpeakerSearchTask',
    { Identifier: 'p-1', VoiceProfileDomainArn: domainArn, KinesisVideoStreamSourceTaskConfiguration: stream },
  ],
  ['a Media Pipelines voice tone analysis on one pipeline', 'media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'p-1', LanguageCode: 'en-US' }],
  ['a Voice speaker search on one call leg', 'voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Callee' }],
  ['a Voice voice tone analysis on one call', 'voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' }],
];

function twice(semantics: Semantics, op: string, input: Record<string, unknown>) {
  const core = createEmulatorCore({ semantics, clock: 'manual' });
  core.seedDomain({ id: 'd-1', name: 'd', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' });
  const first = core.invoke(op, input);
  const second = core.invoke(op, input);
  const idOf = (r: typeof first) => (r.ok ? JSON.stringify(r.output).match(/TaskId":"([^"]+)/)?.[1] : undefined);
  return { first: idOf(first), second: second.ok ? { id: idOf(second) } : { error: second.error.type, status: second.error.status, message: second.error.message } };
}

describe('one active task per call, leg or stream (our choice: strict semantics only)', () => {
  it.each(twins)('documented: %s starts a second task with its own ID', (_, op, input) => {
    const { first, second } = twice('documented', op, input);
    expect(first).toBeDefined();
    expect(second).toEqual({ id: expect.any(String) });
    expect('id' in second && second.id).not.toBe(first);
  });

  it.each(twins)('strict: %s is a 409 ConflictException naming the active task', (_, op, input) => {
    const { first, second } = twice('strict', op, input);
    expect(second).toMatchObject({ error: 'ConflictException', status: 409, message: expect.stringContaining(`Task ${first} is already active`) });
  });
});
