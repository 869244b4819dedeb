import type { JsonSchema } from '../schemas/shapeToSchema.js';
import { decided, nonEmpty, sourced, timestamp, type Decision } from './fragments.js';
import { pages } from './sources.js';

const envelopePages = [pages.eventBridgeEnvelope, pages.notifications] as const;

export const serviceTypeDecision: Decision = {
  id: 'event-service-type-place',
  what: '"service-type": "VoiceAnalytics"',
  choice: 'optional, allowed beside detail-type and inside detail; the emulator sends it beside detail-type',
  why: 'Every example puts it at the top level, beside detail-type, and the data lake tables list it as a top-level column; an EventBridge envelope has no such member, so events read from the bus may lack it or carry it elsewhere. Requiring it would fail events the documents do not rule out.',
  sources: [pages.notifications, pages.voiceNamespace, pages.glueVoiceAnalytics, pages.eventBridgeEnvelope],
};

export const resourcesDecision: Decision = {
  id: 'event-resources-optional',
  what: 'resources',
  choice: 'optional (an array of strings when present); the emulator always sends []',
  why: 'EventBridge always fills it, and the speaker search and post-call examples show [], but the voice tone analysis example leaves it out.',
  sources: [pages.eventBridgeEnvelope, pages.speakerSearchEvents, pages.voiceToneEvents],
};

export const serviceType: JsonSchema = decided(sourced({ type: 'string', enum: ['VoiceAnalytics'] }, pages.notifications), serviceTypeDecision);

/** The EventBridge envelope of one detail type; `detail` points at the file's detail definition. */
export function envelope(detailType: string, detailRef: string): JsonSchema {
  return {
    type: 'object',
    required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'detail'],
    properties: {
      version: sourced({ type: 'string', enum: ['0'] }, ...envelopePages),
      // Examples show a bare UUID and "Id-" + UUID; the contract asks only for a non-empty string.
      id: sourced(nonEmpty, ...envelopePages),
      'detail-type': sourced({ type: 'string', enum: [detailType] }, pages.notifications),
      'service-type': serviceType,
      source: sourced({ type: 'string', enum: ['aws.chime'] }, ...envelopePages),
      account: sourced({ type: 'string', pattern: '^[0-9]{12}$' }, ...envelopePages),
      time: timestamp(...envelopePages),
      region: sourced({ type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' }, ...envelopePages),
      resources: decided(sourced({ type: 'array', items: { type: 'string' } }, ...envelopePages), resourcesDecision),
      detail: { $ref: detailRef },
    },
  };
}
