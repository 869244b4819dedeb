import type { JsonSchema } from '../schemas/shapeToSchema.js';
import { nonEmpty, sourced } from './fragments.js';
import { pages, type Page } from './sources.js';

/**
 * The two ways a task reaches its call. A media insights pipeline names itself and the stream it reads; a Voice
 * Connector names the connector, the transaction and the leg. Which one applies is read from the event: a
 * detail that names a pipeline is on the pipeline path, any other on the Voice Connector path.
 */
export function pipelinePath(glue: Page): JsonSchema {
  return {
    title: 'PipelinePath',
    type: 'object',
    required: ['mediaInsightsPipelineId', 'sourceArn', 'streamArn', 'channelId'],
    properties: {
      mediaInsightsPipelineId: sourced(nonEmpty, pages.notifications, glue),
      sourceArn: sourced({ type: 'string', pattern: '^arn:[a-z-]+:chime:[a-z0-9-]+:[0-9]{12}:media-pipeline/.+$' }, pages.notifications, glue),
      streamArn: sourced({ type: 'string', pattern: '^arn:[a-z-]+:kinesisvideo:[a-z0-9-]+:[0-9]{12}:stream/.+$' }, pages.notifications, glue),
      // The model's KinesisVideoStreamSourceTaskConfiguration.ChannelId is an integer 0..1; the examples write 0.
      channelId: sourced({ type: 'integer', minimum: 0, maximum: 1 }, pages.notifications, glue),
      participantRole: sourced(nonEmpty, glue),
    },
  };
}

/** `callId` is required only where the documents show it on every event (VoiceAnalyticsStatus). */
export function voiceConnectorPath(glue: Page, requireCallId: boolean): JsonSchema {
  const required = ['voiceConnectorId', 'transactionId', 'isCaller'];
  return {
    title: requireCallId ? 'VoiceConnectorCall' : 'VoiceConnectorPath',
    type: 'object',
    required: requireCallId ? [...required, 'callId'] : required,
    properties: {
      voiceConnectorId: sourced(nonEmpty, pages.voiceNamespace, glue),
      transactionId: sourced(nonEmpty, pages.voiceNamespace, glue),
      callId: sourced(nonEmpty, pages.voiceNamespace, glue),
      isCaller: sourced({ type: 'boolean' }, pages.voiceNamespace, glue),
    },
  };
}

/** Applies the pipeline path when the detail names a pipeline, the Voice Connector path otherwise. */
export const pathSelector: JsonSchema = {
  if: { type: 'object', required: ['mediaInsightsPipelineId'], properties: { mediaInsightsPipelineId: {} } },
  then: { $ref: '#/$defs/PipelinePath' },
  else: { $ref: '#/$defs/VoiceConnectorPath' },
};
