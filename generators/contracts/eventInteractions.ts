/**
 * The canonical event messages: every status the emulator sends, on each path it sends it on, as a consumer
 * reacting to voice analytics events would expect them. Fixed values, so the pact file is the same every run.
 */
import type { EventSpec } from '../../src/pact/events/eventSpec.js';
import type { EventStatusKey } from '../../src/pact/events/eventStatuses.js';

export type CanonicalEvent = { readonly [K in EventStatusKey]: { readonly key: K; readonly spec: EventSpec<K> } }[EventStatusKey];

const taskId = '00000000-0000-4000-8000-000000000001';
const voiceConnector = { voiceConnectorId: 'abcdef1234567890abcde', transactionId: 'tx-1', callId: 'call-1', isCaller: true };
const pipeline = {
  mediaInsightsPipelineId: 'p-1',
  sourceArn: 'arn:aws:chime:us-east-1:111122223333:media-pipeline/p-1',
  streamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-1/1700000000000',
  channelId: 0,
};
const tone = {
  startTime: '2026-11-22T10:00:00.000Z',
  endTime: '2026-11-22T10:00:05.000Z',
  voiceToneLabel: 'neutral',
  voiceToneScore: { positive: '0.214', negative: '0.102', neutral: '0.684' },
} as const;
const tones = { currentAverageVoiceTone: tone, overallAverageVoiceTone: tone };
const results = { results: [{ voiceProfileId: 'vp-1', confidenceScore: '0.912' }] } as const;

function onBothPaths(): CanonicalEvent[] {
  return [voiceConnector, pipeline].flatMap((path): CanonicalEvent[] => {
    const fragment = 'mediaInsightsPipelineId' in path ? { startFragmentNumber: '91343852333181432392682062000000000000000000001' } : {};
    return [
      { key: 'identificationSuccessful', spec: { detail: { ...path, taskId, speakerSearchDetails: { results: [...results.results] } } } },
      { key: 'identificationNoMatchesFound', spec: { detail: { ...path, taskId } } },
      { key: 'identificationFailure', spec: { detail: { ...path, taskId } } },
      { key: 'voiceprintGenerationSuccess', spec: { detail: { ...path, taskId } } },
      { key: 'voiceprintGenerationFailure', spec: { detail: { ...path, taskId } } },
      { key: 'voiceToneAnalysisSuccessful', spec: { detail: { ...path, ...fragment, taskId, voiceToneAnalysisDetails: tones } } },
      { key: 'voiceToneAnalysisCompleted', spec: { detail: { ...path, taskId } } },
      { key: 'voiceToneAnalysisFailure', spec: { detail: { ...path, taskId } } },
    ];
  });
}

/** AnalyticsReady belongs to a Voice Connector call; the task statuses come on both paths. */
export const canonicalEvents: readonly CanonicalEvent[] = [{ key: 'analyticsReady', spec: { detail: voiceConnector } }, ...onBothPaths()];
