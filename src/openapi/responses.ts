import type { JsonSchema, Operation } from '../contract/operation.js';
import { componentsPrefix } from './rewriteRefs.js';
import type { OperationExamples } from './examples.js';

// Header examples are what a mock such as Prism sends: without one it sends no error type, and the SDKs need it.
const requestId = { description: 'The request ID, as every answer of the service carries it.', schema: { type: 'string' }, example: '6b4c5a4e-2f0b-4a8e-9d3c-1f2e3d4c5b6a' };

/** The error type header the SDKs read first; the services may append `:<namespace>` to the type. */
function errorTypeHeader(types: readonly string[]): JsonSchema {
  return { description: 'The error type; the SDKs read the text before any `:`.', required: true, schema: { type: 'string', pattern: `^(${types.join('|')})(:.*)?$` }, example: types[0] };
}

/**
 * The success answer (no content for 204) and every modelled error, by status. Errors sharing a status (403:
 * Forbidden and AccessDenied) share one response whose body is any of their shapes: they are alike in shape, so
 * `oneOf` would reject every body; the header tells them apart.
 */
export function responsesOf(op: Operation, examples: OperationExamples): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const json = (schema: JsonSchema, named: Record<string, unknown>) => ({
    'application/json': { schema, examples: Object.fromEntries(Object.entries(named).map(([name, value]) => [name, { value }])) },
  });
  const success = op.responseRef?.replace('#/$defs/', '') ?? '';
  out[String(op.http.status)] = {
    description: success ? `${op.name} answered: ${success}.` : `${op.name} answered, with no body.`,
    headers: { 'x-amzn-requestid': requestId },
    ...(success ? { content: json({ $ref: componentsPrefix + success }, { [success]: examples.success }) } : {}),
  };
  const statuses = [...new Set(op.errors.map((e) => e.status))].sort((a, b) => a - b);
  for (const status of statuses) {
    const types = op.errors.filter((e) => e.status === status).map((e) => e.type);
    const schemas = types.map((t) => ({ $ref: componentsPrefix + t }));
    out[String(status)] = {
      description: types.join(' or '),
      headers: { 'x-amzn-errortype': errorTypeHeader(types), 'x-amzn-requestid': requestId },
      content: json(schemas.length === 1 ? (schemas[0] as JsonSchema) : { anyOf: schemas }, Object.fromEntries(types.map((t) => [t, examples.errors.get(t)]))),
    };
  }
  return out;
}
