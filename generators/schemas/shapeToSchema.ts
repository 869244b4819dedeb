import type { ModelShape } from './model.js';

/**
 * restJson1 writes `timestampFormat: iso8601` members as RFC 3339 date-times in UTC (`Z`), fractions optional.
 * The fields are checked as the AWS SDKs check them when reading: month 1–12, the days of that month
 * (February 29 in leap years only), hour 0–23, minute 0–59, second 0–60.
 */
const leapYear = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const monthDay = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const time = '(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?Z';
export const iso8601Pattern = `^(?:\\d{4}-${monthDay}|${leapYear}-02-29)T${time}$`;

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
