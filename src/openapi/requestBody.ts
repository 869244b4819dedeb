import type { JsonSchema, Operation } from '../contract/operation.js';
import { properties, resolve } from '../contract/schemaWalk.js';
import { rewriteRefs } from './rewriteRefs.js';

/**
 * The input definition as it travels in the JSON body: the contract's `<Op>Request` describes the SDK input,
 * labels and query members included, which OpenAPI describes as parameters instead. Undefined when every member
 * is a parameter (Get, Stop, Delete, List): those requests have no body.
 */
export function bodySchemaOf(op: Operation): JsonSchema | undefined {
  const input = resolve(op.document, { $ref: op.requestRef });
  const inBody = new Set(op.bindings.filter((b) => b.in === 'body').map((b) => b.member));
  if (inBody.size === 0) return undefined;
  const members = Object.entries(properties(input)).filter(([name]) => inBody.has(name));
  const required = ((input['required'] as string[] | undefined) ?? []).filter((name) => inBody.has(name));
  const { required: _, ...rest } = input;
  return rewriteRefs({
    ...rest,
    description: `The JSON body of ${op.name}; ${op.bindings.length > inBody.size ? 'the other input members are its parameters' : 'every input member travels in it'}.`,
    properties: Object.fromEntries(members),
    ...(required.length > 0 ? { required } : {}),
  });
}
