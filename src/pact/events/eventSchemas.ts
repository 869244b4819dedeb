import speakerSearch from '../../../schemas/events/SpeakerSearchStatus.json' with { type: 'json' };
import voiceAnalytics from '../../../schemas/events/VoiceAnalyticsStatus.json' with { type: 'json' };
import voiceTone from '../../../schemas/events/VoiceToneAnalysisStatus.json' with { type: 'json' };
import type { SchemaDocument } from '../../contract/operation.js';
import type { EventDetailType } from './eventStatuses.js';

const documents: Readonly<Record<EventDetailType, SchemaDocument>> = {
  SpeakerSearchStatus: speakerSearch as unknown as SchemaDocument,
  VoiceAnalyticsStatus: voiceAnalytics as unknown as SchemaDocument,
  VoiceToneAnalysisStatus: voiceTone as unknown as SchemaDocument,
};

/** The event schema of one detail type: the same file validateEvent's generated validator was built from. */
export const eventSchemaFor = (detailType: EventDetailType): SchemaDocument => documents[detailType];

/** Where a consumer reads the contract its example broke. */
export const eventSchemaPath = (detailType: EventDetailType): string => `schemas/events/${detailType}.json`;
