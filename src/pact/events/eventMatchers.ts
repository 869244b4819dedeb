import { MatchersV3 } from '@pact-foundation/pact';
import type { JsonSchema, SchemaDocument } from '../../contract/operation.js';
import { resolve } from '../../contract/schemaWalk.js';
import { appliedSchema } from './appliedSchema.js';
import { escapeRegex } from '../../shared/escapeRegex.js';

/**
 * A type match AND a regex, in Pact's integration JSON. A regex alone passes a number whose decimal text fits
 * it (0.52 for the score pattern), and scores sent as numbers are exactly the change the contract must catch.
 */
const typedRegex = (regex: string, value: string) => ({
  'pact:matcher:type': [{ 'pact:matcher:type': 'type' }, { 'pact:matcher:type': 'regex', regex }],
  value,
});

function leaf(s: JsonSchema, value: unknown): unknown {
  const values = s['enum'] as unknown[] | undefined;
  // One allowed value (version, detail-type, source, the status's detailStatus): left literal, Pact's equality.
  if (values?.length === 1) return value;
  if (typeof value === 'string') {
    if (values) return typedRegex(`^(?:${values.map((v) => escapeRegex(String(v))).join('|')})$`, value);
    if (typeof s['pattern'] === 'string') return typedRegex(s['pattern'], value);
    return Number(s['minLength'] ?? 0) > 0 ? typedRegex('^[\\s\\S]+$', value) : MatchersV3.string(value);
  }
  if (typeof value === 'number') return Number.isInteger(value) && s['type'] === 'integer' ? MatchersV3.integer(value) : MatchersV3.number(value);
  if (typeof value === 'boolean') return MatchersV3.boolean(value);
  return value;
}

/**
 * The example event with each member replaced by the matcher its schema calls for, so a pact says "an event
 * shaped like this": ids and free text by type (non-empty where the schema says so), times, accounts, regions
 * and ARNs by their patterns, scores as decimal strings, labels by their enum, lists by their first item.
 * Members the schema does not know stay literal.
 */
export function eventMatchers(document: SchemaDocument, schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = (resolve(document, schema)['items'] as JsonSchema | undefined) ?? {};
    if (value.length === 0) return { 'pact:matcher:type': 'type', min: 0, value: [] };
    return MatchersV3.eachLike(eventMatchers(document, items, value[0]) as never, 1);
  }
  if (value !== null && typeof value === 'object') {
    const props = (appliedSchema(document, schema, value)['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
    // detailStatus stays literal even where the schema allows two spellings: a handler dispatches on the one it names.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Object.hasOwn(props, k) && k !== 'detailStatus' ? eventMatchers(document, props[k] ?? {}, v) : v]));
  }
  return leaf(resolve(document, schema), value);
}
