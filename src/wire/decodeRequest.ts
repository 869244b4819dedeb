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

interface Plan {
  readonly bodyBound: boolean;
  /** The resolved schema of each query member, by member name. */
  readonly querySchemas: ReadonlyMap<string, JsonSchema>;
}

// Resolving copies schemas; an operation's bindings never change, so each operation does it once.
const plans = new WeakMap<Operation, Plan>();

function planOf(op: Operation): Plan {
  let plan = plans.get(op);
  if (plan) return plan;
  const members = properties(resolve(op.document, { $ref: op.requestRef }));
  const queryBound = op.bindings.filter((b) => b.in === 'query');
  plan = { bodyBound: op.bindings.some((b) => b.in === 'body'), querySchemas: new Map(queryBound.map((b) => [b.member, resolve(op.document, members[b.member] ?? {})])) };
  plans.set(op, plan);
  return plan;
}

/**
 * The SDK-style input a request carries: labels and query members by their member names, body members from
 * the JSON object. Unknown body members are dropped (services ignore them); a body that is not an object is
 * returned as the input itself, for the validator to reject.
 */
export function decodeRequest(op: Operation, wire: WireRequest): unknown {
  const plan = planOf(op);
  const hasBody = wire.body !== undefined && wire.body !== null;
  if (hasBody && (typeof wire.body !== 'object' || Array.isArray(wire.body)) && plan.bodyBound) return wire.body;
  const input: Record<string, unknown> = {};
  for (const b of op.bindings) {
    if (b.in === 'label' && wire.labels[b.name] !== undefined) input[b.member] = wire.labels[b.name];
    if (b.in === 'query' && wire.query.has(b.name)) input[b.member] = fromQuery(plan.querySchemas.get(b.member) ?? {}, wire.query.get(b.name) ?? '');
    if (b.in === 'body' && hasBody && Object.hasOwn(wire.body as object, b.name)) input[b.member] = (wire.body as Record<string, unknown>)[b.name];
  }
  return input;
}
