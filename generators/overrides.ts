/**
 * Every place where the contract departs from the AWS service model, with its reason and source.
 * This is the one reviewed file of departures: the generator refuses to run when an entry no longer
 * matches what the model says (`modelSays`), so a model update forces a second look at each one.
 */
import type { ServiceName } from './schemas/selection.js';

export interface Override {
  readonly id: string;
  readonly service: ServiceName;
  /** A model shape (every use of it changes) or one member of a structure (only that use changes). */
  readonly target: { readonly shape: string; readonly member?: string };
  /** The model's own constraints at the target, checked on every run. */
  readonly modelSays: Readonly<Record<string, unknown>>;
  /** JSON Schema keywords that replace the model's at the target. */
  readonly contract: Readonly<Record<string, unknown>>;
  readonly reason: string;
  readonly source: string;
  /** Text that must appear in a seed document, where the override's values come from the documents. */
  readonly evidence?: { readonly seed: string; readonly mustContain: readonly string[] };
}

const voiceTaskStatuses = ['IN_QUEUE', 'IN_PROGRESS', 'PARTIAL_SUCCESS', 'SUCCEEDED', 'FAILED', 'STOPPED'];

/**
 * AWS models mark no output member required, so `{}` validates as every success answer and the SDK reads it
 * without a word. The documents' Response Structure describes each answer as the resource it started, read or
 * wrote (or the list asked for), with its ID and status: a caller cannot Get, Stop or delete what has no ID.
 */
function carries(service: ServiceName, shape: string, required: readonly string[], what: string, source: string, seed?: string): Override {
  return {
    ...(seed ? { evidence: { seed, mustContain: required } } : {}),
    id: `${service}-${shape.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase())}-required`,
    service,
    target: { shape },
    modelSays: { required: undefined },
    contract: { required },
    reason: `The model leaves every output member optional; ${what}. Without them \`{}\` would pass as a success answer.`,
    source,
  };
}

/** The seed document that shows a task kind's answer, per service. */
const taskSeeds: Record<ServiceName, Record<string, string>> = {
  'media-pipelines': { SpeakerSearchTask: '002_0afc52fcacbf0a91.txt', VoiceToneAnalysisTask: '000_a1f0934248a1e25b.txt' },
  voice: { SpeakerSearchTask: '004_41571e2bdd1e8968.txt', VoiceToneAnalysisTask: '001_55b1f63cecead3b8.txt' },
};
const taskDocs = (service: ServiceName, kind: string) =>
  `${service} ${kind === 'SpeakerSearchTask' ? 'start_speaker_search_task' : 'start_voice_tone_analysis_task'} documentation (seed ${taskSeeds[service][kind]?.slice(0, 3)}), Response Structure`;

/** Answers that carry a resource, and the members that make it that resource. */
function resourceOverrides(): Override[] {
  const out: Override[] = [];
  for (const service of ['media-pipelines', 'voice'] as const) {
    for (const kind of ['SpeakerSearchTask', 'VoiceToneAnalysisTask']) {
      const seed = taskSeeds[service][kind];
      for (const verb of ['Start', 'Get'])
        out.push(carries(service, `${verb}${kind}Response`, [kind], `the documents describe the answer as the ${kind} it ${verb === 'Start' ? 'started' : 'reads'}`, taskDocs(service, kind), seed));
      const members = [`${kind}Id`, `${kind}Status`, ...(service === 'voice' ? ['CallDetails'] : [])];
      out.push(
        carries(
          service,
          kind,
          members,
          `a task is named by its ID, its status is what a caller polls${service === 'voice' ? ', and CallDetails names the call it runs on' : ''}`,
          taskDocs(service, kind),
          seed,
        ),
      );
    }
  }
  const voiceModel = 'chime-sdk-voice model: no output shape has required members';
  for (const [kind, members] of [
    ['VoiceProfileDomain', ['VoiceProfileDomainId', 'VoiceProfileDomainArn', 'Name']],
    ['VoiceProfile', ['VoiceProfileId', 'VoiceProfileArn', 'VoiceProfileDomainId']],
  ] as const) {
    for (const verb of ['Create', 'Get', 'Update']) out.push(carries('voice', `${verb}${kind}Response`, [kind], `the answer is the ${kind} ${verb === 'Get' ? 'read' : 'written'}`, voiceModel));
    out.push(carries('voice', kind, members, `a ${kind} is named by its ID and ARN${kind === 'VoiceProfile' ? ' and belongs to a domain' : ' and has the name it was created with'}`, voiceModel));
    out.push(carries('voice', `List${kind}sResponse`, [`${kind}s`], 'a List answer carries its list, empty or not (NextToken stays optional)', voiceModel));
    out.push(carries('voice', `${kind}Summary`, [`${kind}Id`], 'each summary in a list names its resource', voiceModel));
  }
  return out;
}

export const overrides: readonly Override[] = [
  {
    id: 'voice-client-request-id',
    service: 'voice',
    target: { shape: 'ClientRequestId' },
    modelSays: { pattern: '^[-_a-zA-Z0-9]*${2,64}$' },
    contract: { pattern: '^[-_a-zA-Z0-9]*$', minLength: 2, maxLength: 64 },
    reason:
      'The model pattern is not a valid ECMAScript regular expression ("Nothing to repeat" at `{2,64}` after `$`). ' +
      'Its evident intent is 2 to 64 characters drawn from `[-_a-zA-Z0-9]`, written here as a pattern plus lengths.',
    source: 'chime-sdk-voice model, shape ClientRequestId; CONTEXT.md trap 1',
  },
  {
    id: 'media-pipelines-arn-escapes',
    service: 'media-pipelines',
    target: { shape: 'Arn' },
    modelSays: { pattern: '^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$' },
    contract: { pattern: '^arn[\\/:\\-_.a-zA-Z0-9]+$' },
    reason:
      'The model pattern escapes `:` and `_` inside a character class, which Java allows and ECMAScript rejects under ' +
      'the `u` flag that ajv compiles patterns with. Dropping those two backslashes keeps the same set of characters.',
    source: 'chime-sdk-media-pipelines model, shape Arn; CONTEXT.md trap 2',
  },
  {
    id: 'voice-arn-escapes',
    service: 'voice',
    target: { shape: 'Arn' },
    modelSays: { pattern: '^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$' },
    contract: { pattern: '^arn[\\/:\\-_.a-zA-Z0-9]+$' },
    reason: 'Same Java-style escapes as the Media Pipelines Arn shape (KmsKeyArn, VoiceProfileDomainArn, VoiceProfileArn).',
    source: 'chime-sdk-voice model, shape Arn; CONTEXT.md trap 2',
  },
  {
    id: 'voice-speaker-search-task-status',
    service: 'voice',
    target: { shape: 'SpeakerSearchTask', member: 'SpeakerSearchTaskStatus' },
    modelSays: { shape: 'NonEmptyString' },
    contract: { type: 'string', pattern: '.*\\S.*', enum: voiceTaskStatuses },
    reason: 'The model types the status as any non-empty string; the documents list the six values it takes.',
    source: 'Voice start_speaker_search_task documentation (seed 004); CONTEXT.md trap 3',
    evidence: { seed: '004_41571e2bdd1e8968.txt', mustContain: voiceTaskStatuses },
  },
  {
    id: 'voice-voice-tone-analysis-task-status',
    service: 'voice',
    target: { shape: 'VoiceToneAnalysisTask', member: 'VoiceToneAnalysisTaskStatus' },
    modelSays: { shape: 'NonEmptyString' },
    contract: { type: 'string', pattern: '.*\\S.*', enum: voiceTaskStatuses },
    reason: 'The model types the status as any non-empty string; the documents list the six values it takes.',
    source: 'Voice start_voice_tone_analysis_task documentation (seed 001); CONTEXT.md trap 3',
    evidence: { seed: '001_55b1f63cecead3b8.txt', mustContain: voiceTaskStatuses },
  },
  {
    id: 'voice-voiceprint-generation-status',
    service: 'voice',
    target: { shape: 'SpeakerSearchDetails', member: 'VoiceprintGenerationStatus' },
    modelSays: { shape: 'NonEmptyString256' },
    contract: {
      type: 'string',
      minLength: 1,
      maxLength: 256,
      pattern: '.*\\S.*',
      enum: ['VoiceprintGenerationSuccess', 'VoiceprintGenerationFailure'],
    },
    reason: 'The model types it as a non-empty string of up to 256 characters; the documents list its two values.',
    source: 'Voice start_speaker_search_task documentation (seed 004); CONTEXT.md trap 3',
    evidence: { seed: '004_41571e2bdd1e8968.txt', mustContain: ['VoiceprintGenerationSuccess', 'VoiceprintGenerationFailure'] },
  },
  ...resourceOverrides(),
];
