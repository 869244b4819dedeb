import type { JsonSchema, SchemaDocument } from '../../contract/operation.js';
import { properties, resolve } from '../../contract/schemaWalk.js';

type Json = Readonly<Record<string, unknown>>;

/**
 * Whether an `if` of the event schemas holds for `value`. Those conditions only ever require members and
 * compare one with an enum (`detailStatus`, the pipeline path's `mediaInsightsPipelineId`), so that is all
 * this reads; a condition using any other keyword throws rather than guess.
 */
function holds(condition: JsonSchema, value: unknown): boolean {
  const known = new Set(['type', 'required', 'properties']);
  const unknown = Object.keys(condition).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`chime-conformance pact: an event schema condition uses ${unknown.join(', ')}, which the matcher derivation does not read`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Json;
  if (!((condition['required'] as string[] | undefined) ?? []).every((k) => Object.hasOwn(v, k))) return false;
  return Object.entries(properties(condition)).every(([k, s]) => !Array.isArray(s['enum']) || !Object.hasOwn(v, k) || (s['enum'] as unknown[]).includes(v[k]));
}

/**
 * The schema that applies to `value`: references followed, `allOf` merged, and of each `if` the `then` or
 * `else` the value selects. A branch's member schema overrides the base one: the branch is narrower (the
 * status's own `detailStatus` enum of one), and the narrower rule is what the pact should say.
 */
export function appliedSchema(document: SchemaDocument, schema: JsonSchema, value: unknown): JsonSchema {
  const s = resolve(document, schema);
  const parts = ((s['allOf'] as JsonSchema[] | undefined) ?? []).map((part) => {
    const p = resolve(document, part);
    if (!p['if']) return appliedSchema(document, p, value);
    const chosen = (holds(p['if'] as JsonSchema, value) ? p['then'] : p['else']) as JsonSchema | undefined;
    return chosen ? appliedSchema(document, chosen, value) : {};
  });
  const merged = parts.reduce<Record<string, JsonSchema>>((acc, p) => ({ ...acc, ...properties(p) }), { ...properties(s) });
  return { ...s, properties: merged };
}
