import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arbitraries, catalog } from '../../src/index.js';
import { knownMembersOf } from '../../src/contract/knownMembersOf.js';
import { knownMembers } from '../../src/contract/schemaWalk.js';

/** A value with members the schema does not know, nulls and wrong types added at some depths. */
function noisy(value: unknown, junk: readonly [string, unknown][], depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => noisy(v, junk, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = noisy(v, junk, depth + 1);
  for (const [k, v] of junk.slice(depth)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const junk = fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'Tags', 'StreamArn')), fc.jsonValue()), { maxLength: 4 });

describe('knownMembersOf: knownMembers with the schema walk done once', () => {
  test.prop([fc.constantFrom(...catalog).chain((op) => fc.tuple(fc.constant(op), arbitraries.validRequest(op.id), junk))], { numRuns: 500 })(
    'the same members, values and order as knownMembers, for valid requests with unknown members at every level',
    (tuple) => {
      const [op, request, extra] = tuple;
      const input = noisy(request, extra);
      const compiled = knownMembersOf(op.document, { $ref: op.requestRef });
      const expected = knownMembers(op.document, { $ref: op.requestRef }, input);
      const got = compiled(input);
      expect(got).toStrictEqual(expected);
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      // Compiled once, used again: the second answer is the same.
      expect(compiled(input)).toStrictEqual(expected);
    },
  );

  test.prop([fc.constantFrom(...catalog), fc.jsonValue()])('any JSON value at all, as knownMembers leaves it', (op, value) => {
    expect(knownMembersOf(op.document, { $ref: op.requestRef })(value)).toStrictEqual(knownMembers(op.document, { $ref: op.requestRef }, value));
  });
});
