import type { DetailSpec } from './detailSpec.js';
import { nonEmpty, score, sourced, type Decision } from './fragments.js';
import { pages } from './sources.js';

const status = [pages.speakerSearchEvents, pages.glueSpeakerSearch] as const;

export const voiceprintDecision: Decision = {
  id: 'event-voiceprint-success-spelling',
  what: 'detailStatus of a voice embedding generated',
  choice: 'accept VoiceprintGenerationSuccess and VoiceprintGenerationSuccessful; the emulator sends VoiceprintGenerationSuccess',
  why: 'The status list of the notifications page writes VoiceprintGenerationSuccessful, its JSON example VoiceprintGenerationSuccess, which is also how the API documents VoiceprintGenerationStatus. The example and the API agree, so the emulator follows them; the validator accepts both so that neither reading of the page fails a real event.',
  sources: [pages.speakerSearchEvents, pages.voiceprintStatusDoc],
};

export const speakerSearch: DetailSpec = {
  detailType: 'SpeakerSearchStatus',
  sources: [pages.speakerSearchEvents, pages.glueSpeakerSearch, pages.voiceNamespace],
  required: ['taskId'],
  properties: {
    taskId: sourced(nonEmpty, ...status),
    statusMessage: sourced({ type: 'string' }, pages.glueSpeakerSearch),
  },
  paths: 'both',
  glue: pages.glueSpeakerSearch,
  statuses: [
    {
      name: 'IdentificationSuccessful',
      values: ['IdentificationSuccessful'],
      required: ['speakerSearchDetails'],
      properties: { speakerSearchDetails: sourced({ $ref: '#/$defs/SpeakerSearchDetails' }, ...status) },
      sources: [...status],
    },
    { name: 'IdentificationFailure', values: ['IdentificationFailure'], required: [], properties: {}, sources: [pages.speakerSearchEvents] },
    { name: 'IdentificationNoMatchesFound', values: ['IdentificationNoMatchesFound'], required: [], properties: {}, sources: [pages.speakerSearchEvents] },
    {
      name: 'VoiceprintGenerationSuccess',
      values: ['VoiceprintGenerationSuccess', 'VoiceprintGenerationSuccessful'],
      required: [],
      properties: {},
      sources: [pages.speakerSearchEvents, pages.voiceprintStatusDoc],
      decision: voiceprintDecision,
    },
    { name: 'VoiceprintGenerationFailure', values: ['VoiceprintGenerationFailure'], required: [], properties: {}, sources: [pages.speakerSearchEvents] },
  ],
  defs: {
    SpeakerSearchDetails: {
      title: 'SpeakerSearchDetails',
      type: 'object',
      required: ['results'],
      properties: {
        // The service returns the top 10 matches; a successful identification has at least one.
        results: sourced({ type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/$defs/SpeakerSearchResult' } }, pages.speakerSearchEvents),
      },
    },
    SpeakerSearchResult: {
      title: 'SpeakerSearchResult',
      type: 'object',
      required: ['voiceProfileId', 'confidenceScore'],
      properties: {
        voiceProfileId: sourced(nonEmpty, ...status),
        confidenceScore: score(...status, pages.voiceModelConfidence),
      },
    },
  },
};
