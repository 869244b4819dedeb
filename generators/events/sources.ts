/**
 * The pages the event contract is read from. Each schema member names the ones it rests on (`x-source`), so a
 * reader can check a rule against its document instead of trusting this file.
 */
const guide = 'https://docs.aws.amazon.com/chime-sdk/latest/dg';

export const pages = {
  /** The three detail types, each status and the JSON examples of the pipeline path and the post-call summary. */
  notifications: `${guide}/va-notification-targets.html`,
  speakerSearchEvents: `${guide}/va-notification-targets.html#va-speaker-search-events`,
  voiceToneEvents: `${guide}/va-notification-targets.html#va-tone-status`,
  postCallSummary: `${guide}/va-notification-targets.html#va-post-call-summary-events`,
  /** The Voice Connector path: AnalyticsReady and the members that tie a task to its call. */
  voiceNamespace: `${guide}/va-in-voice-namespace.html`,
  /** Column lists of the data lake tables: the members each detail type can carry, with their meaning. */
  glueVoiceAnalytics: `${guide}/glue-tables.html#ca-glue-va-status`,
  glueSpeakerSearch: `${guide}/glue-tables.html#ca-glue-speaker-status`,
  glueVoiceTone: `${guide}/glue-tables.html#ca-glue-tone-status`,
  /** The envelope every EventBridge event has. */
  eventBridgeEnvelope: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html',
  /** The API model: ConfidenceScore is a float, VoiceprintGenerationStatus lists …Success. */
  voiceModelConfidence: 'chime-sdk-voice model (2022-08-03), shape ConfidenceScore',
  voiceprintStatusDoc: 'Voice start_speaker_search_task documentation (seed 004), VoiceprintGenerationStatus',
} as const;

export type Page = (typeof pages)[keyof typeof pages];
