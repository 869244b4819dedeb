import type { JsonSchema, Operation } from '../contract/operation.js';
import { properties, resolve } from '../contract/schemaWalk.js';

export interface WireRequest {
  readonly labels: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
}

/** Query values are text; booleans and integers are read the way restJson1 writes them, anything else kept as sent. */
function fromQuery(schema: JsonSchema, text: string): unknown {
  if (schema['type'] === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (schema['type'] === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  return text;
}

/**
 * The SDK-style input a request carries: labels and query members by their member names, body members from
 * the JSON object. Unknown body members are dropped (services ignore them); a body that is not an object is
 * returned as the input itself, for the validator to reject.
 */
export function decodeRequest(op: Operation, wire: WireRequest): unknown {
  const members = properties(resolve(op.document, { $ref: op.requestRef }));
  const bodyBound = op.bindings.filter((b) => b.in === 'body');
  const hasBody = wire.body !== undefined && wire.body !== null;
  if (hasBody && (typeof wire.body !== 'object' || Array.isArray(wire.body)) && bodyBound.length > 0) return wire.body;
  const input: Record<string, unknown> = {};
  for (const b of op.bindings) {
    if (b.in === 'label' && wire.labels[b.name] !== undefined) input[b.member] = wire.labels[b.name];
    if (b.in === 'query' && wire.query.has(b.name)) {
      input[b.member] = fromQuery(resolve(op.document, members[b.member] ?? {}), wire.query.get(b.name) ?? '');
    }
    if (b.in === 'body' && hasBody && Object.hasOwn(wire.body as object, b.name)) input[b.member] = (wire.body as Record<string, unknown>)[b.name];
  }
  return input;
}
