import type { EmulatorCore } from '../emulator/core/createCore.js';

type Params = Readonly<Record<string, string>>;

/** Long enough ago that a speaker search has SUCCEEDED under any lifecycle timings the emulator uses. */
const longAgoMs = 3_600_000;

/**
 * The provider states the canonical contracts use, and how the emulator's state API sets each up. Another
 * implementation sets up the same states through its own hook (`pact verify --provider-states-setup-url`).
 */
export const providerStates: Readonly<Record<string, (core: EmulatorCore, p: Params) => void>> = {
  'a media insights pipeline exists': (core, p) => core.createPipeline(p['pipeline'] ?? ''),
  'a Media Pipelines speaker search task is active': (core, p) =>
    core.seedTask({ service: 'media-pipelines', kind: 'speaker-search', id: p['taskId'] ?? '', scope: p['pipeline'] ?? '', target: p['target'] ?? '' }),
  'a Media Pipelines voice tone analysis task is active': (core, p) =>
    core.seedTask({ service: 'media-pipelines', kind: 'voice-tone-analysis', id: p['taskId'] ?? '', scope: p['pipeline'] ?? '', target: p['target'] ?? '' }),
  'a voice profile domain exists': (core, p) => core.seedDomain({ id: p['domainId'] ?? '', name: p['name'] ?? 'domain', kmsKeyArn: p['kmsKeyArn'] ?? '' }),
  'a Voice speaker search task is active': (core, p) => seedVoiceSearch(core, p, 0),
  'a Voice speaker search task has succeeded': (core, p) => seedVoiceSearch(core, p, longAgoMs),
  'a Voice voice tone analysis task is active': (core, p) =>
    core.seedTask({
      service: 'voice',
      kind: 'voice-tone-analysis',
      id: p['taskId'] ?? '',
      scope: p['voiceConnectorId'] ?? '',
      target: p['transactionId'] ?? '',
      transactionId: p['transactionId'] ?? '',
    }),
  'a voice profile exists': (core, p) => {
    seedVoiceSearch(core, { ...p, taskId: p['enrolledTaskId'] ?? '', transactionId: 'enrolment' }, longAgoMs);
    core.seedProfile({ id: p['profileId'] ?? '', domainId: p['domainId'] ?? '', taskId: p['enrolledTaskId'] ?? '' });
  },
  'nothing exists': () => undefined,
};

function seedVoiceSearch(core: EmulatorCore, p: Params, ageMs: number): void {
  core.seedDomain({ id: p['domainId'] ?? '', name: 'domain', kmsKeyArn: p['kmsKeyArn'] ?? 'arn:aws:kms:us-east-1:111122223333:key/k' });
  const transactionId = p['transactionId'] ?? '';
  core.seedTask({
    service: 'voice',
    kind: 'speaker-search',
    id: p['taskId'] ?? '',
    scope: p['voiceConnectorId'] ?? '',
    target: `${transactionId}#Caller`,
    transactionId,
    isCaller: true,
    domainId: p['domainId'] ?? '',
    ageMs,
  });
}
