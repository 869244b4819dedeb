import type { JsonSchema, SchemaDocument } from './operation.js';
import { properties, resolve } from './schemaWalk.js';

type Known = (value: unknown) => unknown;

/**
 * knownMembers(document, schema, value) with the schema work done once: each schema is resolved at its first
 * use (resolve copies the referenced definition) and its compiled form kept by identity, so a request pays
 * only for walking its own value. Same answers, including for schemas that refer to themselves.
 */
export function knownMembersOf(document: SchemaDocument, schema: JsonSchema): Known {
  const compiled = new WeakMap<JsonSchema, Known>();
  const compile = (at: JsonSchema): Known => {
    let known = compiled.get(at);
    if (known) return known;
    let plan: { items: Known | undefined; object: boolean; props: Readonly<Record<string, JsonSchema>>; members: Map<string, Known> } | undefined;
    known = (value) => {
      if (!plan) {
        const s = resolve(document, at);
        plan = { items: s['items'] ? compile(s['items'] as JsonSchema) : undefined, object: s['type'] === 'object', props: properties(s), members: new Map() };
      }
      if (Array.isArray(value)) return plan.items ? value.map(plan.items) : value;
      if (value === null || typeof value !== 'object' || !plan.object) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        if (!Object.hasOwn(plan.props, k)) continue;
        let member = plan.members.get(k);
        if (!member) plan.members.set(k, (member = compile(plan.props[k] ?? {})));
        const v = member((value as Record<string, unknown>)[k]);
        // Defined, as knownMembers' fromEntries does: assigning `__proto__` would set a prototype instead.
        if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        else out[k] = v;
      }
      return out;
    };
    compiled.set(at, known);
    return known;
  };
  return compile(schema);
}
