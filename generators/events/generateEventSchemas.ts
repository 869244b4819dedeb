import type { JsonSchema } from '../schemas/shapeToSchema.js';
import { buildEventSchema } from './buildEventSchema.js';
import { speakerSearch } from './speakerSearch.js';
import { voiceAnalytics } from './voiceAnalytics.js';
import { voiceTone } from './voiceTone.js';

export interface EventSchemaFile {
  readonly detailType: string;
  readonly path: string;
  readonly schema: JsonSchema;
}

/** The three event schemas, in detail-type order. */
export function eventSchemaFiles(): EventSchemaFile[] {
  return [speakerSearch, voiceAnalytics, voiceTone]
    .map((spec) => ({ detailType: spec.detailType, path: `schemas/events/${spec.detailType}.json`, schema: buildEventSchema(spec) }))
    .sort((a, b) => a.detailType.localeCompare(b.detailType));
}
