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

export const properties = (schema: JsonSchema): Readonly<Record<string, JsonSchema>> => (schema['properties'] as Record<string, JsonSchema> | undefined) ?? {};

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

/** Only the members the schema knows, at every level: what a service acts on after ignoring unknown ones. */
export function knownMembers(document: SchemaDocument, schema: JsonSchema, value: unknown): unknown {
  const s = resolve(document, schema);
  if (Array.isArray(value)) return s['items'] ? value.map((v) => knownMembers(document, s['items'] as JsonSchema, v)) : value;
  if (value === null || typeof value !== 'object' || s['type'] !== 'object') return value;
  const props = properties(s);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => Object.hasOwn(props, k))
      .map(([k, v]) => [k, knownMembers(document, props[k] ?? {}, v)]),
  );
}
