import type { EmulatorCore } from '../emulator/core/createCore.js';
import type { TaskKind } from '../emulator/core/state.js';
import { checkedId, idRules } from '../emulator/control/idRules.js';
import { pipelineIdOf } from '../emulator/core/operations/mediaPipelinesTasks.js';

type Params = Readonly<Record<string, string>>;

/**
 * A param the state needs, within the rule the API has for it: a missing one is a 400 naming the state and the
 * param, never a resource with an empty ID that the contract's own answers would then break.
 */
function need(p: Params, state: string, name: keyof typeof idRules, member: string = name): string {
  return checkedId(p[member], `provider state "${state}"`, `params.${member}`, idRules[name], `{"state":"${state}","params":{"${member}":"…"}}`);
}
const optional = (p: Params, state: string, name: keyof typeof idRules, member: string = name) => (p[member] === undefined || p[member] === '' ? undefined : need(p, state, name, member));

/** Long enough ago that a speaker search has SUCCEEDED under any lifecycle timings the emulator uses. */
const longAgoMs = 3_600_000;

/**
 * The provider states the canonical contracts use, and how the emulator's state API sets each up. Each state
 * makes everything its interactions stand on (the pipeline, the Voice Connector and its live call), since
 * under strict resources a task exists only where they do, as on the real service. Another implementation
 * sets up the same states through its own hook (`pact verify --provider-states-setup-url`).
 */
type Need = (name: keyof typeof idRules, member?: string) => string;
type Optional = (name: keyof typeof idRules, member?: string) => string | undefined;
type StateSetup = (core: EmulatorCore, need: Need, optional: Optional) => void;

const states: Readonly<Record<string, StateSetup>> = {
  'a media insights pipeline exists': (core, n) => core.createPipeline(n('pipelineId', 'pipeline')),
  'a Media Pipelines speaker search task is active': (core, n, o) => seedPipelineTask(core, n, o, 'speaker-search'),
  'a Media Pipelines voice tone analysis task is active': (core, n, o) => seedPipelineTask(core, n, o, 'voice-tone-analysis'),
  'a voice profile domain exists': (core, n, o) => core.seedDomain({ id: n('domainId'), name: o('name') ?? 'domain', kmsKeyArn: o('kmsKeyArn') ?? defaultKey }),
  'a call is live on a Voice Connector': (core, n) => void core.startCall(n('voiceConnectorId'), n('transactionId')),
  'a Voice speaker search task is active': (core, n, o) => seedVoiceSearch(core, search(n, o), 0),
  'a Voice speaker search task has succeeded': (core, n, o) => seedVoiceSearch(core, search(n, o), longAgoMs),
  'a Voice voice tone analysis task is active': (core, n, o) => {
    const { scope, transactionId } = liveCallOf(core, n('voiceConnectorId'), n('transactionId'));
    core.seedTask({ service: 'voice', kind: 'voice-tone-analysis', id: n('taskId'), scope, target: transactionId, transactionId, ...tokenOf(o) });
  },
  'a voice profile exists': (core, n, o) => {
    const taskId = n('taskId', 'enrolledTaskId');
    seedVoiceSearch(core, { ...search(n, o, 'enrolment'), taskId }, longAgoMs);
    core.seedProfile({ id: n('profileId'), domainId: n('domainId'), taskId });
  },
  'nothing exists': () => undefined,
};

/**
 * The provider states the canonical contracts use, and how the emulator's state API sets each up. Each state
 * makes everything its interactions stand on (the pipeline, the Voice Connector and its live call), since
 * under strict resources a task exists only where they do, as on the real service. Another implementation
 * sets up the same states through its own hook (`pact verify --provider-states-setup-url`). A param a state
 * needs that is missing, or breaks the rule the API has for it, is an error naming it; nothing is made.
 */
export const providerStates: Readonly<Record<string, (core: EmulatorCore, p: Params) => void>> = Object.fromEntries(
  Object.entries(states).map(([state, setUp]) => [
    state,
    (core: EmulatorCore, p: Params) => {
      const n: Need = (name, member) => need(p, state, name, member);
      const o: Optional = (name, member) => optional(p, state, name, member);
      // Every param is checked before anything is made: a refused state leaves the emulator as it was.
      setUp(dryRun(), n, o);
      setUp(core, n, o);
    },
  ]),
);

const defaultKey = 'arn:aws:kms:us-east-1:111122223333:key/k';

/** The token the task's Start used, where the state names one (`clientRequestToken`). */
const tokenOf = (o: Optional) => {
  const token = o('taskId', 'clientRequestToken');
  return token === undefined ? {} : { clientRequestToken: token };
};

/** Tasks belong to the pipeline's ID, whether the contract names the pipeline by its ID or its ARN. */
function seedPipelineTask(core: EmulatorCore, n: Need, o: Optional, kind: TaskKind): void {
  const scope = pipelineIdOf(n('pipelineId', 'pipeline'));
  core.createPipeline(scope);
  core.seedTask({ service: 'media-pipelines', kind, id: n('taskId'), scope, target: o('target') ?? '', ...tokenOf(o) });
}

/** A Voice task listens to a call: the state starts it (and so its Voice Connector) before the task. */
function liveCallOf(core: EmulatorCore, voiceConnectorId: string, transactionId: string): { scope: string; transactionId: string } {
  const call = core.startCall(voiceConnectorId, transactionId);
  return { scope: call.voiceConnectorId, transactionId: call.transactionId };
}

interface Search {
  readonly domainId: string;
  readonly kmsKeyArn: string;
  readonly voiceConnectorId: string;
  readonly transactionId: string;
  readonly taskId: string;
  readonly token: { clientRequestToken?: string };
}

/** A speaker search's params; the enrolment of 'a voice profile exists' runs on a call of its own. */
function search(n: Need, o: Optional, transactionId?: string): Search {
  const [domainId, voiceConnectorId] = [n('domainId'), n('voiceConnectorId')];
  const taskId = transactionId === undefined ? n('taskId') : '';
  return { domainId, kmsKeyArn: o('kmsKeyArn') ?? defaultKey, voiceConnectorId, transactionId: transactionId ?? n('transactionId'), taskId, token: tokenOf(o) };
}

function seedVoiceSearch(core: EmulatorCore, s: Search, ageMs: number): void {
  core.seedDomain({ id: s.domainId, name: 'domain', kmsKeyArn: s.kmsKeyArn });
  const { scope, transactionId } = liveCallOf(core, s.voiceConnectorId, s.transactionId);
  core.seedTask({ service: 'voice', kind: 'speaker-search', id: s.taskId, scope, target: `${transactionId}#Caller`, transactionId, isCaller: true, domainId: s.domainId, ageMs, ...s.token });
}

/** A core that makes nothing: a state run on it first checks every param it reads. */
function dryRun(): EmulatorCore {
  const nothing = () => undefined;
  const call = (voiceConnectorId: string, transactionId: string) => ({ voiceConnectorId, transactionId });
  return { createPipeline: nothing, seedDomain: nothing, seedTask: nothing, seedProfile: nothing, startCall: call } as unknown as EmulatorCore;
}
