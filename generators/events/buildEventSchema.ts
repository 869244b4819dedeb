import type { JsonSchema } from '../schemas/shapeToSchema.js';
import type { DetailSpec, StatusSpec } from './detailSpec.js';
import { envelope, serviceType } from './envelope.js';
import { pipelinePath, pathSelector, voiceConnectorPath } from './paths.js';
import { scoreDecision, scoreSchema, sourced } from './fragments.js';

const statusDef = (s: StatusSpec): JsonSchema => ({
  title: `${s.name}Detail`,
  type: 'object',
  required: ['detailStatus', ...s.required],
  properties: { detailStatus: sourced({ type: 'string', enum: [...s.values] }, ...s.sources), ...s.properties },
  ...(s.decision ? { 'x-decision': s.decision } : {}),
});

// Each status's own members are checked only for that status: a Bogus status fails its enum alone.
const statusSelector = (s: StatusSpec): JsonSchema => ({
  if: { type: 'object', required: ['detailStatus'], properties: { detailStatus: { enum: [...s.values] } } },
  then: { $ref: `#/$defs/${s.name}` },
});

function pathDefs(spec: DetailSpec): Record<string, JsonSchema> {
  if (spec.paths === 'voice-connector') return { VoiceConnectorCall: voiceConnectorPath(spec.glue, true) };
  return { PipelinePath: pipelinePath(spec.glue), VoiceConnectorPath: voiceConnectorPath(spec.glue, false) };
}

/** schemas/events/<detail-type>.json: the envelope, the detail with its path and per-status rules, and their defs. */
export function buildEventSchema(spec: DetailSpec): JsonSchema {
  const detailName = `${spec.detailType}Detail`;
  const detail: JsonSchema = {
    title: detailName,
    type: 'object',
    required: ['detailStatus', ...spec.required],
    properties: {
      detailStatus: sourced({ type: 'string', enum: spec.statuses.flatMap((s) => s.values) }, ...spec.sources),
      'service-type': serviceType,
      ...spec.properties,
    },
    allOf: [spec.paths === 'both' ? pathSelector : { $ref: '#/$defs/VoiceConnectorCall' }, ...spec.statuses.map(statusSelector)],
  };
  const statusDefs = Object.fromEntries(spec.statuses.map((s) => [s.name, statusDef(s)]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:chime-conformance:events.${spec.detailType}`,
    title: `${spec.detailType}Event`,
    'x-source': [...spec.sources],
    ...envelope(spec.detailType, `#/$defs/${detailName}`),
    $defs: {
      [detailName]: detail,
      ...pathDefs(spec),
      ...statusDefs,
      ...spec.defs,
      Score: { ...scoreSchema, 'x-decision': scoreDecision },
    },
  };
}
