import type { JsonSchema, Operation } from '../contract/operation.js';
import { resolve } from '../contract/schemaWalk.js';
import { rewriteRefs } from './rewriteRefs.js';

/**
 * The operation's path and query parameters: each label (always required: it is part of the path), each query
 * member (required as the input says), and the literal query that selects the operation (`operation=start`), as
 * a required parameter that takes one value: the services route on it, so a request without it is another call.
 */
export function parametersOf(op: Operation, example: Readonly<Record<string, unknown>>): JsonSchema[] {
  const input = resolve(op.document, { $ref: op.requestRef });
  const required = new Set((input['required'] as string[] | undefined) ?? []);
  const members = (input['properties'] ?? {}) as Record<string, JsonSchema>;
  const bound = op.bindings.filter((b) => b.in === 'label' || b.in === 'query');
  const fromMembers = bound.map((b) => {
    // The binding travels on the member's own schema; the parameter's schema is the shape behind it.
    const { 'x-http': _, ...schema } = members[b.member] ?? {};
    return {
      name: b.name,
      in: b.in === 'label' ? 'path' : 'query',
      required: b.in === 'label' || required.has(b.member),
      description: `The input member ${b.member}.`,
      schema: rewriteRefs(schema),
      ...(example[b.member] === undefined ? {} : { example: example[b.member] }),
    };
  });
  const literal = Object.entries(op.http.query).map(([name, value]) => ({
    name,
    in: 'query',
    required: true,
    description: `Selects ${op.name} among the operations on this path.`,
    schema: { type: 'string', enum: [value] },
    example: value,
  }));
  return [...fromMembers, ...literal];
}
