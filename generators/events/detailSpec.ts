import type { JsonSchema } from '../schemas/shapeToSchema.js';
import type { Decision } from './fragments.js';
import type { Page } from './sources.js';

/** One detailStatus value (or spellings of one) and the members an event with it must carry. */
export interface StatusSpec {
  /** Definition name in $defs, also the generated type's name with `Detail` appended. */
  readonly name: string;
  readonly values: readonly string[];
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, JsonSchema>>;
  readonly sources: readonly Page[];
  readonly decision?: Decision;
}

/** What one schemas/events/<detail-type>.json describes. */
export interface DetailSpec {
  readonly detailType: string;
  readonly sources: readonly Page[];
  /** Members every status carries, beside detailStatus. */
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, JsonSchema>>;
  /** 'both': pipeline or Voice Connector, read from the event; 'voice-connector': only that one. */
  readonly paths: 'both' | 'voice-connector';
  readonly glue: Page;
  readonly statuses: readonly StatusSpec[];
  /** Further definitions the members reference (`#/$defs/<name>`). */
  readonly defs: Readonly<Record<string, JsonSchema>>;
}
