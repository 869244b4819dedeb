import fc from 'fast-check';
import type { JsonSchema } from '../../contract/operation.js';

const limits = (schema: JsonSchema) => ({
  min: schema['minimum'] as number | undefined,
  max: schema['maximum'] as number | undefined,
});

/** Integers in range, the bounds themselves drawn often (ChannelId 0 and 1, MaxResults 1 and 100). */
export function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const { min = -(2 ** 31), max = 2 ** 31 - 1 } = limits(schema);
  return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
}

/** Doubles in range (ConfidenceScore 0..1), bounds included. */
export function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const { min = -1e9, max = 1e9 } = limits(schema);
  return fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
}
