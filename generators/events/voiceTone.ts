import type { DetailSpec } from './detailSpec.js';
import { decided, nonEmpty, score, sourced, timestamp, type Decision } from './fragments.js';
import { pages } from './sources.js';

const tone = [pages.voiceToneEvents, pages.glueVoiceTone] as const;

export const fragmentDecision: Decision = {
  id: 'event-start-fragment-number-place',
  what: 'startFragmentNumber (pipeline path)',
  choice: 'optional; accepted in detail and in detail.voiceToneAnalysisDetails; the emulator sends it in detail, on the pipeline path only',
  why: 'The JSON example places it in detail, beside voiceToneAnalysisDetails; the data lake table lists it as voiceToneAnalysisDetails.startFragmentNumber. Neither page says it is always present.',
  sources: [pages.voiceToneEvents, pages.glueVoiceTone],
};

// The model's FragmentNumber: 1 to 128 digits, sent as a string.
const fragmentNumber = decided(sourced({ type: 'string', pattern: '^[0-9]{1,128}$' }, ...tone), fragmentDecision);

export const voiceTone: DetailSpec = {
  detailType: 'VoiceToneAnalysisStatus',
  sources: [pages.voiceToneEvents, pages.glueVoiceTone, pages.voiceNamespace],
  required: ['taskId'],
  properties: {
    taskId: sourced(nonEmpty, ...tone),
    statusMessage: sourced({ type: 'string' }, pages.glueVoiceTone),
    startFragmentNumber: fragmentNumber,
  },
  paths: 'both',
  glue: pages.glueVoiceTone,
  statuses: [
    {
      name: 'VoiceToneAnalysisSuccessful',
      values: ['VoiceToneAnalysisSuccessful'],
      required: ['voiceToneAnalysisDetails'],
      properties: { voiceToneAnalysisDetails: sourced({ $ref: '#/$defs/VoiceToneAnalysisDetails' }, ...tone) },
      sources: [...tone],
    },
    { name: 'VoiceToneAnalysisFailure', values: ['VoiceToneAnalysisFailure'], required: [], properties: {}, sources: [pages.voiceToneEvents] },
    // The last event of a task. The page shows no example, so it requires nothing beyond the common members.
    { name: 'VoiceToneAnalysisCompleted', values: ['VoiceToneAnalysisCompleted'], required: [], properties: {}, sources: [pages.voiceToneEvents] },
  ],
  defs: {
    VoiceToneAnalysisDetails: {
      title: 'VoiceToneAnalysisDetails',
      type: 'object',
      required: ['currentAverageVoiceTone', 'overallAverageVoiceTone'],
      properties: {
        currentAverageVoiceTone: sourced({ $ref: '#/$defs/VoiceTone' }, ...tone),
        overallAverageVoiceTone: sourced({ $ref: '#/$defs/VoiceTone' }, ...tone),
        startFragmentNumber: fragmentNumber,
      },
    },
    VoiceTone: {
      title: 'VoiceTone',
      type: 'object',
      required: ['startTime', 'endTime', 'voiceToneLabel', 'voiceToneScore'],
      properties: {
        startTime: timestamp(...tone),
        endTime: timestamp(...tone),
        voiceToneLabel: sourced({ type: 'string', enum: ['positive', 'negative', 'neutral'] }, ...tone),
        voiceToneScore: sourced({ $ref: '#/$defs/VoiceToneScore' }, ...tone),
        beginOffsetMillis: sourced({ type: 'number', minimum: 0 }, pages.glueVoiceTone),
        endOffsetMillis: sourced({ type: 'number', minimum: 0 }, pages.glueVoiceTone),
      },
    },
    VoiceToneScore: {
      title: 'VoiceToneScore',
      type: 'object',
      required: ['positive', 'negative', 'neutral'],
      properties: { positive: score(...tone), negative: score(...tone), neutral: score(...tone) },
    },
  },
};
