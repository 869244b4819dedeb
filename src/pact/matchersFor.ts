import { MatchersV3 } from '@pact-foundation/pact';
import type { JsonSchema, SchemaDocument } from '../contract/operation.js';
import { properties, resolve } from '../contract/schemaWalk.js';
import { escapeRegex } from '../shared/escapeRegex.js';

type Leaf = (schema: JsonSchema, value: unknown) => unknown;

/** A Pact matcher per JSON type, taking its constraint from the schema: the contract's rule, not just the example. */
const leaves: Record<string, Leaf> = {
  string: (s, v) => {
    const values = s['enum'] as string[] | undefined;
    if (values) return MatchersV3.regex(`^(?:${values.map(escapeRegex).join('|')})$`, String(v));
    if (typeof s['pattern'] === 'string') return MatchersV3.regex(s['pattern'], String(v));
    return MatchersV3.string(String(v));
  },
  integer: (_, v) => MatchersV3.integer(Number(v)),
  number: (_, v) => MatchersV3.number(Number(v)),
  boolean: (_, v) => MatchersV3.boolean(Boolean(v)),
};

/**
 * The example `value` with each member replaced by the matcher its schema calls for: regexes from patterns
 * (timestamps by the ISO 8601 pattern, task IDs by the GUID one), enum alternations, integer for ChannelId,
 * lists by their item. Unknown members stay literal.
 */
export function matchersFor(document: SchemaDocument, schema: JsonSchema, value: unknown): unknown {
  const s = resolve(document, schema);
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    return MatchersV3.eachLike(matchersFor(document, s['items'] as JsonSchema, value[0]) as never, 1);
  }
  if (value !== null && typeof value === 'object') {
    const props = properties(s);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, props[k] ? matchersFor(document, props[k], v) : v]));
  }
  const leaf = leaves[String(s['type'])];
  return leaf ? leaf(s, value) : value;
}
