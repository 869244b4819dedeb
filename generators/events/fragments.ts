import type { JsonSchema } from '../schemas/shapeToSchema.js';
import { pages, type Page } from './sources.js';

/** A member schema with the pages it rests on. */
export const sourced = (schema: JsonSchema, ...sources: Page[]): JsonSchema => ({ ...schema, 'x-source': sources });

/** Why a member accepts more than one spelling: what the documents say, what the contract chose, and why. */
export interface Decision {
  readonly id: string;
  readonly what: string;
  readonly choice: string;
  readonly why: string;
  readonly sources: readonly Page[];
}

export const decided = (schema: JsonSchema, decision: Decision): JsonSchema => ({ ...schema, 'x-decision': decision });

export const nonEmpty: JsonSchema = { type: 'string', minLength: 1 };

// RFC 3339 date-time, fraction optional: the examples write none, three and six digits. A pattern, not `format`,
// so the generated validators need no format plugin at run time and a bad value is a `pattern` issue.
export const timestampPattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';

export const timestamp = (...sources: Page[]): JsonSchema => sourced({ type: 'string', pattern: timestampPattern, 'x-timestamp': 'iso8601' }, ...sources);

/** A probability in [0, 1], written as a JSON number or as a decimal string. */
export const scoreSchema: JsonSchema = { type: ['string', 'number'], pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$', minimum: 0, maximum: 1 };

export const scoreDecision: Decision = {
  id: 'event-score-string-or-number',
  what: 'confidenceScore and voiceToneScore.positive/negative/neutral',
  choice: 'accept a JSON number in [0, 1] or a decimal string in [0, 1]; the emulator sends decimal strings ("0.83")',
  why: "Every event example writes scores as strings, while the API model types ConfidenceScore as a float and the data lake tables call them numbers. A consumer checking real events must not fail on the documents' own disagreement; one that assumes numbers should break in tests as it would on the examples' form.",
  sources: [pages.speakerSearchEvents, pages.voiceToneEvents, pages.glueSpeakerSearch, pages.voiceModelConfidence],
};

export const score = (...sources: Page[]): JsonSchema => sourced({ $ref: '#/$defs/Score' }, ...sources);
