import type { EmulatorCore } from '../emulator/core/createCore.js';
import type { TaskKind } from '../emulator/core/state.js';
import { pipelineIdOf } from '../emulator/core/operations/mediaPipelinesTasks.js';

type Params = Readonly<Record<string, string>>;

/** Long enough ago that a speaker search has SUCCEEDED under any lifecycle timings the emulator uses. */
const longAgoMs = 3_600_000;

/**
 * The provider states the canonical contracts use, and how the emulator's state API sets each up. Each state
 * makes everything its interactions stand on (the pipeline, the Voice Connector and its live call), since
 * under strict resources a task exists only where they do, as on the real service. Another implementation
 * sets up the same states through its own hook (`pact verify --provider-states-setup-url`).
 */
export const providerStates: Readonly<Record<string, (core: EmulatorCore, p: Params) => void>> = {
  'a media insights pipeline exists': (core, p) => core.createPipeline(p['pipeline'] ?? ''),
  'a Media Pipelines speaker search task is active': (core, p) => seedPipelineTask(core, p, 'speaker-search'),
  'a Media Pipelines voice tone analysis task is active': (core, p) => seedPipelineTask(core, p, 'voice-tone-analysis'),
  'a voice profile domain exists': (core, p) => core.seedDomain({ id: p['domainId'] ?? '', name: p['name'] ?? 'domain', kmsKeyArn: p['kmsKeyArn'] ?? '' }),
  'a call is live on a Voice Connector': (core, p) => void core.startCall(p['voiceConnectorId'] ?? '', p['transactionId'] ?? ''),
  'a Voice speaker search task is active': (core, p) => seedVoiceSearch(core, p, 0),
  'a Voice speaker search task has succeeded': (core, p) => seedVoiceSearch(core, p, longAgoMs),
  'a Voice voice tone analysis task is active': (core, p) => {
    const { scope, transactionId } = liveCallOf(core, p);
    core.seedTask({ service: 'voice', kind: 'voice-tone-analysis', id: p['taskId'] ?? '', scope, target: transactionId, transactionId, ...tokenOf(p) });
  },
  'a voice profile exists': (core, p) => {
    seedVoiceSearch(core, { ...p, taskId: p['enrolledTaskId'] ?? '', transactionId: 'enrolment' }, longAgoMs);
    core.seedProfile({ id: p['profileId'] ?? '', domainId: p['domainId'] ?? '', taskId: p['enrolledTaskId'] ?? '' });
  },
  'nothing exists': () => undefined,
};

/** The token the task's Start used, where the state names one (`clientRequestToken`). */
const tokenOf = (p: Params) => (p['clientRequestToken'] === undefined ? {} : { clientRequestToken: p['clientRequestToken'] });

/** Tasks belong to the pipeline's ID, whether the contract names the pipeline by its ID or its ARN. */
function seedPipelineTask(core: EmulatorCore, p: Params, kind: TaskKind): void {
  const scope = pipelineIdOf(p['pipeline'] ?? '');
  core.createPipeline(scope);
  core.seedTask({ service: 'media-pipelines', kind, id: p['taskId'] ?? '', scope, target: p['target'] ?? '', ...tokenOf(p) });
}

/** A Voice task listens to a call: the state starts it (and so its Voice Connector) before the task. */
function liveCallOf(core: EmulatorCore, p: Params): { scope: string; transactionId: string } {
  const call = core.startCall(p['voiceConnectorId'] ?? '', p['transactionId'] ?? '');
  return { scope: call.voiceConnectorId, transactionId: call.transactionId };
}

function seedVoiceSearch(core: EmulatorCore, p: Params, ageMs: number): void {
  core.seedDomain({ id: p['domainId'] ?? '', name: 'domain', kmsKeyArn: p['kmsKeyArn'] ?? 'arn:aws:kms:us-east-1:111122223333:key/k' });
  const { scope, transactionId } = liveCallOf(core, p);
  const target = `${transactionId}#Caller`;
  core.seedTask({ service: 'voice', kind: 'speaker-search', id: p['taskId'] ?? '', scope, target, transactionId, isCaller: true, domainId: p['domainId'] ?? '', ageMs, ...tokenOf(p) });
}
