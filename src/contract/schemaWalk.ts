import type { JsonSchema, SchemaDocument } from './operation.js';

/** Follows a local `#/$defs/Name` reference (the only kind the contract uses), keeping sibling keywords. */
export function resolve(document: SchemaDocument, schema: JsonSchema): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const target = document.$defs[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`chime-conformance: unresolved reference ${ref} in ${document.$id}`);
  const { $ref: _, ...siblings } = schema;
  return resolve(document, { ...target, ...siblings });
}

export const properties = (schema: JsonSchema): Readonly<Record<string, JsonSchema>> =>
  (schema['properties'] as Record<string, JsonSchema> | undefined) ?? {};

/** Every JSON pointer under `schema` whose schema carries `x-sensitive`, with `*` for any list index. */
export function sensitivePointers(document: SchemaDocument, schema: JsonSchema, at = '', seen = new Set<string>()): string[] {
  const s = resolve(document, schema);
  if (s['x-sensitive'] === true) return [at];
  const key = `${at}|${JSON.stringify(schema)}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const items = s['items'] as JsonSchema | undefined;
  const nested = Object.entries(properties(s)).flatMap(([name, p]) => sensitivePointers(document, p, `${at}/${name}`, seen));
  return items ? [...nested, ...sensitivePointers(document, items, `${at}/*`, seen)] : nested;
}
