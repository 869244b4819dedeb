/**
 * The statuses the emulator emits, one event builder each. A fixed table rather than a lookup built from the
 * schemas, so `chimePact(pact).events.identificationSucessful` is a compile error, not an undefined at run time.
 */
export const eventStatuses = {
  analyticsReady: { detailType: 'VoiceAnalyticsStatus', detailStatus: 'AnalyticsReady' },
  identificationSuccessful: { detailType: 'SpeakerSearchStatus', detailStatus: 'IdentificationSuccessful' },
  identificationNoMatchesFound: { detailType: 'SpeakerSearchStatus', detailStatus: 'IdentificationNoMatchesFound' },
  identificationFailure: { detailType: 'SpeakerSearchStatus', detailStatus: 'IdentificationFailure' },
  voiceprintGenerationSuccess: { detailType: 'SpeakerSearchStatus', detailStatus: 'VoiceprintGenerationSuccess' },
  voiceprintGenerationFailure: { detailType: 'SpeakerSearchStatus', detailStatus: 'VoiceprintGenerationFailure' },
  voiceToneAnalysisSuccessful: { detailType: 'VoiceToneAnalysisStatus', detailStatus: 'VoiceToneAnalysisSuccessful' },
  voiceToneAnalysisCompleted: { detailType: 'VoiceToneAnalysisStatus', detailStatus: 'VoiceToneAnalysisCompleted' },
  voiceToneAnalysisFailure: { detailType: 'VoiceToneAnalysisStatus', detailStatus: 'VoiceToneAnalysisFailure' },
} as const;

export type EventStatusKey = keyof typeof eventStatuses;
export type DetailTypeOf<K extends EventStatusKey> = (typeof eventStatuses)[K]['detailType'];
export type DetailStatusOf<K extends EventStatusKey> = (typeof eventStatuses)[K]['detailStatus'];
export type EventDetailType = DetailTypeOf<EventStatusKey>;
export type EventPath = 'Voice Connector' | 'media insights pipeline';

/** Which way the event came: a pipeline's events name it, a Voice Connector call's do not. */
export const pathOf = (detail: Readonly<Record<string, unknown>>): EventPath => (Object.hasOwn(detail, 'mediaInsightsPipelineId') ? 'media insights pipeline' : 'Voice Connector');

/**
 * The description a builder gives a message when the consumer names none. `pact verify` finds the emulator
 * scenario for any message by its content; this default only keeps descriptions unique and readable.
 */
export const defaultDescription = (detailType: string, detailStatus: string, path: EventPath): string => `a ${detailType} event: ${detailStatus} (${path} path)`;
