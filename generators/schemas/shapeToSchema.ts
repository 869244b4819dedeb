import type { ModelShape } from './model.js';

/** restJson1 writes `timestampFormat: iso8601` members as RFC 3339 date-times in UTC (`Z`), fractions optional. */
export const iso8601Pattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$';

export type JsonSchema = { [keyword: string]: unknown };

export const ref = (shape: string): JsonSchema => ({ $ref: `#/$defs/${shape}` });

function stringSchema(shape: ModelShape): JsonSchema {
  return {
    type: 'string',
    ...(shape.enum ? { enum: [...shape.enum] } : {}),
    ...(shape.min !== undefined ? { minLength: shape.min } : {}),
    ...(shape.max !== undefined ? { maxLength: shape.max } : {}),
    ...(shape.pattern !== undefined ? { pattern: shape.pattern } : {}),
  };
}

function numberSchema(type: 'integer' | 'number', shape: ModelShape): JsonSchema {
  return {
    type,
    ...(shape.min !== undefined ? { minimum: shape.min } : {}),
    ...(shape.max !== undefined ? { maximum: shape.max } : {}),
  };
}

function structureSchema(name: string, shape: ModelShape): JsonSchema {
  const properties = Object.fromEntries(Object.entries(shape.members ?? {}).map(([member, m]) => [member, ref(m.shape)]));
  return {
    title: name,
    type: 'object',
    ...(shape.required && shape.required.length > 0 ? { required: [...shape.required] } : {}),
    properties,
  };
}

function listSchema(shape: ModelShape): JsonSchema {
  if (!shape.member) throw new Error('generate: list shape without member');
  return {
    type: 'array',
    items: ref(shape.member.shape),
    ...(shape.min !== undefined ? { minItems: shape.min } : {}),
    ...(shape.max !== undefined ? { maxItems: shape.max } : {}),
  };
}

const converters: Record<ModelShape['type'], ((name: string, shape: ModelShape) => JsonSchema) | undefined> = {
  string: (name, s) => ({ ...(s.enum ? { title: name } : {}), ...stringSchema(s) }),
  integer: (_, s) => numberSchema('integer', s),
  long: (_, s) => numberSchema('integer', s),
  float: (_, s) => numberSchema('number', s),
  double: (_, s) => numberSchema('number', s),
  boolean: () => ({ type: 'boolean' }),
  timestamp: () => ({ type: 'string', pattern: iso8601Pattern, 'x-timestamp': 'iso8601' }),
  structure: structureSchema,
  list: (_, s) => listSchema(s),
  map: undefined,
  blob: undefined,
};

/** One model shape as a JSON Schema definition; member references point at sibling definitions. */
export function shapeToSchema(name: string, shape: ModelShape): JsonSchema {
  const convert = converters[shape.type];
  if (!convert) throw new Error(`generate: shape ${name} has type ${shape.type}, which no selected operation used before`);
  const schema = convert(name, shape);
  if (shape.sensitive) schema['x-sensitive'] = true;
  if (shape.exception && shape.error) schema['x-error'] = { status: shape.error.httpStatusCode, fault: shape.fault === true };
  return schema;
}
