import type { JsonSchema, Operation } from '../../contract/operation.js';
import { join } from '../../contract/pointer.js';
import { properties, resolve } from '../../contract/schemaWalk.js';

/** A place in a valid request where a mutation may act. */
export interface Site {
  /** JSON pointer of the member ('' for the request itself). */
  readonly path: string;
  /** The member's schema, references resolved. */
  readonly schema: JsonSchema;
  readonly value: unknown;
  /** Where the member travels: a label cannot be absent or empty on the wire, a query value is text. */
  readonly in: 'root' | 'label' | 'query' | 'header' | 'body';
  readonly required: boolean;
  readonly op: Operation;
}

function* walk(op: Operation, schema: JsonSchema, value: unknown, path: string, top: boolean): Generator<Site> {
  if (Array.isArray(value)) {
    const items = resolve(op.document, schema['items'] as JsonSchema);
    for (const [i, item] of value.entries()) {
      yield { path: join(path, String(i)), schema: items, value: item, in: 'body', required: true, op };
      yield* walk(op, items, item, join(path, String(i)), false);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const required = (schema['required'] as string[] | undefined) ?? [];
  for (const [member, raw] of Object.entries(properties(schema))) {
    if (!Object.hasOwn(value, member)) continue;
    const memberValue = (value as Record<string, unknown>)[member];
    const binding = top ? op.bindings.find((b) => b.member === member) : undefined;
    const memberSchema = resolve(op.document, raw);
    yield { path: join(path, member), schema: memberSchema, value: memberValue, in: binding?.in ?? 'body', required: required.includes(member), op };
    yield* walk(op, memberSchema, memberValue, join(path, member), false);
  }
}

/** Every present member of a valid request, depth first, with the request itself first. */
export function sitesOf(op: Operation, request: unknown): Site[] {
  const root = resolve(op.document, { $ref: op.requestRef });
  return [{ path: '', schema: root, value: request, in: 'root', required: true, op }, ...walk(op, root, request, '', true)];
}
