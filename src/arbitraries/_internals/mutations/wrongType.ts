import fc from 'fast-check';
import type { Mutation } from '../mutation.js';

/** Values of each JSON type, to put where another type belongs. */
const othersThan: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant(['x'])),
  integer: fc.oneof(fc.constantFrom('1', '0', 'one'), fc.constant(0.5), fc.boolean(), fc.constant([1])),
  number: fc.oneof(fc.constantFrom('0.5', 'high'), fc.boolean(), fc.constant({})),
  boolean: fc.oneof(fc.constantFrom('true', 'false', 'yes'), fc.constantFrom(0, 1)),
  object: fc.oneof(fc.string(), fc.integer(), fc.constant([])),
  array: fc.oneof(fc.string(), fc.constant({}), fc.integer()),
};

/** A member of the wrong JSON type: ChannelId "1" or 0.5, IsCaller "yes", a list given as an object. */
export const wrongType: Mutation = {
  name: 'wrongType',
  rule: 'type',
  // Labels and query values travel as text: a string there cannot have a wrong type, a boolean or number can.
  applies: (site) => site.path !== '' && site.in !== 'label' && typeof site.schema['type'] === 'string' && !(site.in === 'query' && site.schema['type'] === 'string'),
  values: (site) => {
    const others = othersThan[site.schema['type'] as string] ?? fc.constant(null);
    // In a query, "true" or "1" reads as the right type: only text that cannot parse is a wrong type there.
    return site.in === 'query' ? others.filter((v) => !readsAs(site.schema['type'] as string, typeof v === 'string' ? v : JSON.stringify(v))) : others;
  },
};

/** Whether query text reads as a value of the type, as restJson1 parses booleans and integers. */
function readsAs(type: string, text: string): boolean {
  if (type === 'boolean') return text === 'true' || text === 'false';
  if (type === 'integer') return /^-?\d+$/.test(text);
  return true;
}
