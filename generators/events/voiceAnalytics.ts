import type { DetailSpec } from './detailSpec.js';
import { nonEmpty, sourced, timestamp } from './fragments.js';
import { pages } from './sources.js';

const summary = [pages.postCallSummary] as const;

/** Voice analytics metadata: only Voice Connector calls send it (va-in-voice-namespace), so no pipeline path. */
export const voiceAnalytics: DetailSpec = {
  detailType: 'VoiceAnalyticsStatus',
  sources: [pages.voiceNamespace, pages.postCallSummary, pages.glueVoiceAnalytics],
  required: [],
  properties: {
    taskId: sourced(nonEmpty, pages.glueVoiceAnalytics),
    statusMessage: sourced({ type: 'string' }, pages.glueVoiceAnalytics),
    streamStartTime: timestamp(pages.glueVoiceAnalytics),
  },
  paths: 'voice-connector',
  glue: pages.glueVoiceAnalytics,
  statuses: [
    // The call can be analysed: its voiceConnectorId and transactionId are what StartSpeakerSearchTask and
    // StartVoiceToneAnalysisTask need.
    { name: 'AnalyticsReady', values: ['AnalyticsReady'], required: [], properties: {}, sources: [pages.voiceNamespace] },
    {
      name: 'PostCallVoiceAnalytics',
      values: ['PostCallVoiceAnalytics'],
      required: ['speakerSearchResults'],
      properties: { speakerSearchResults: sourced({ $ref: '#/$defs/SpeakerSearchResults' }, ...summary) },
      sources: [...summary],
    },
  ],
  defs: {
    SpeakerSearchResults: {
      title: 'SpeakerSearchResults',
      type: 'object',
      properties: {
        bestMatchedVoiceProfileId: sourced(nonEmpty, ...summary),
        customerValidatedCallerIdentity: sourced(nonEmpty, ...summary),
        createVoiceProfileTransactions: sourced({ type: 'array', items: { $ref: '#/$defs/VoiceProfileTransaction' } }, ...summary),
        updateVoiceProfileTransactions: sourced({ type: 'array', items: { $ref: '#/$defs/VoiceProfileTransaction' } }, ...summary),
      },
    },
    VoiceProfileTransaction: {
      title: 'VoiceProfileTransaction',
      type: 'object',
      required: ['voiceProfileId', 'requestTimestamp'],
      properties: { voiceProfileId: sourced(nonEmpty, ...summary), requestTimestamp: timestamp(...summary) },
    },
  },
};
