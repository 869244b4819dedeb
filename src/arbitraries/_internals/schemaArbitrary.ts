import fc from 'fast-check';
import type { JsonSchema, SchemaDocument } from '../../contract/operation.js';
import { properties, resolve } from '../../contract/schemaWalk.js';
import { integerArbitrary, numberArbitrary } from './numberArbitrary.js';
import { stringArbitrary } from './stringArbitrary.js';
import { timestampArbitrary } from './timestampArbitrary.js';

/** Lists are kept short unless a minItems asks for more; maxItems itself is reached by the boundary branch. */
const typicalItems = 3;

type Translate = (document: SchemaDocument, schema: JsonSchema) => fc.Arbitrary<unknown>;

function objectArbitrary(document: SchemaDocument, schema: JsonSchema): fc.Arbitrary<unknown> {
  const props = properties(schema);
  const model = Object.fromEntries(Object.entries(props).map(([k, p]) => [k, schemaArbitrary(document, p)]));
  const requiredKeys = (schema['required'] as string[] | undefined) ?? [];
  return fc.record(model, { requiredKeys });
}

function arrayArbitrary(document: SchemaDocument, schema: JsonSchema): fc.Arbitrary<unknown> {
  const item = schemaArbitrary(document, schema['items'] as JsonSchema);
  const minLength = (schema['minItems'] as number | undefined) ?? 0;
  const maxLength = (schema['maxItems'] as number | undefined) ?? Math.max(minLength, typicalItems);
  const typical = fc.array(item, { minLength, maxLength: Math.min(maxLength, minLength + typicalItems) });
  const full = fc.array(item, { minLength: maxLength, maxLength });
  return fc.oneof({ weight: 4, arbitrary: typical }, { weight: 1, arbitrary: full });
}

const byType: Record<string, Translate> = {
  object: objectArbitrary,
  array: arrayArbitrary,
  string: (_, s) => (s['x-timestamp'] ? timestampArbitrary : stringArbitrary(s)),
  integer: (_, s) => integerArbitrary(s),
  number: (_, s) => numberArbitrary(s),
  boolean: () => fc.boolean(),
};

/** A fast-check arbitrary of values valid against one schema of a contract document. */
export function schemaArbitrary(document: SchemaDocument, schema: JsonSchema): fc.Arbitrary<unknown> {
  const s = resolve(document, schema);
  const translate = byType[String(s['type'])];
  if (!translate) throw new Error(`chime-conformance: no arbitrary for schema type ${String(s['type'])} in ${document.$id}`);
  return translate(document, s);
}
