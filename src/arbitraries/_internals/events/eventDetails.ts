import fc from 'fast-check';
import { eventTime, nonEmpty, pipelinePath, score, voiceConnectorPath } from './eventParts.js';

type Detail = fc.Arbitrary<Record<string, unknown>>;
const label = fc.constantFrom('positive', 'negative', 'neutral');
const tone = fc.record({ startTime: eventTime, endTime: eventTime, voiceToneLabel: label, voiceToneScore: fc.record({ positive: score, negative: score, neutral: score }) });
const results = fc.array(fc.record({ voiceProfileId: nonEmpty, confidenceScore: score }), { minLength: 1, maxLength: 10 });
const transactions = fc.array(fc.record({ voiceProfileId: nonEmpty, requestTimestamp: eventTime }), { maxLength: 3 });

/** A task's detail on either path: its id, its status, and what that status carries. */
const onTask = (status: string, more: Record<string, fc.Arbitrary<unknown>> = {}, pipelineMore: Record<string, fc.Arbitrary<unknown>> = {}): Detail =>
  fc
    .oneof(fc.tuple(voiceConnectorPath(false), fc.record({ taskId: fc.uuid(), ...more })), fc.tuple(pipelinePath, fc.record({ taskId: fc.uuid(), ...more, ...pipelineMore })))
    .map(([path, rest]) => ({ ...path, ...rest, detailStatus: status }));

const fragment = { startFragmentNumber: fc.stringMatching(/^[0-9]{20,48}$/) };

/** Each status of each detail type, with the members the schemas ask of it. */
export const detailsByType = {
  VoiceAnalyticsStatus: {
    AnalyticsReady: voiceConnectorPath(true).map((p) => ({ ...p, detailStatus: 'AnalyticsReady' })),
    PostCallVoiceAnalytics: fc
      .tuple(
        voiceConnectorPath(true),
        fc.record(
          { bestMatchedVoiceProfileId: nonEmpty, customerValidatedCallerIdentity: nonEmpty, createVoiceProfileTransactions: transactions, updateVoiceProfileTransactions: transactions },
          { requiredKeys: [] },
        ),
      )
      .map(([p, speakerSearchResults]) => ({ ...p, detailStatus: 'PostCallVoiceAnalytics', speakerSearchResults })),
  },
  SpeakerSearchStatus: {
    IdentificationSuccessful: onTask('IdentificationSuccessful', { speakerSearchDetails: fc.record({ results }) }),
    IdentificationFailure: onTask('IdentificationFailure'),
    IdentificationNoMatchesFound: onTask('IdentificationNoMatchesFound'),
    VoiceprintGenerationSuccess: onTask('VoiceprintGenerationSuccess'),
    VoiceprintGenerationSuccessful: onTask('VoiceprintGenerationSuccessful'),
    VoiceprintGenerationFailure: onTask('VoiceprintGenerationFailure'),
  },
  VoiceToneAnalysisStatus: {
    VoiceToneAnalysisSuccessful: onTask('VoiceToneAnalysisSuccessful', { voiceToneAnalysisDetails: fc.record({ currentAverageVoiceTone: tone, overallAverageVoiceTone: tone }) }, fragment),
    VoiceToneAnalysisFailure: onTask('VoiceToneAnalysisFailure'),
    VoiceToneAnalysisCompleted: onTask('VoiceToneAnalysisCompleted'),
  },
} as const satisfies Record<string, Record<string, Detail>>;
