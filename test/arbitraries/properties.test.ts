import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { arbitraries, getOperation, operations, validateRequest, validateResponse } from '../../src/index.js';

/** The issue asks for at least 200 runs per operation and property in CI. */
const numRuns = 200;

describe.each(operations)('%s', (id) => {
  test.prop([arbitraries.validRequest(id)], { numRuns })('valid requests pass validateRequest', (request) => {
    expect(validateRequest(id, request).issues).toEqual([]);
  });

  test.prop([arbitraries.invalidRequest(id)], { numRuns })('invalid requests fail with exactly their named rule at their named path', (c) => {
    const { issues } = validateRequest(id, c.request);
    expect(issues.map(({ rule, path }) => ({ rule, path }))).toEqual([{ rule: c.mutation.rule, path: c.mutation.path }]);
    expect(c.expect).toEqual({ status: 400, errorType: 'BadRequestException' });
  });

  test.prop([arbitraries.validResponse(id)], { numRuns })('valid responses pass validateResponse, errors carry their binding', (r) => {
    const op = getOperation(id);
    if (r.errorType === undefined) {
      expect(r.status).toBe(op.http.status);
      expect(validateResponse(id, r.body).issues).toEqual([]);
      return;
    }
    expect(op.errors.find((e) => e.type === r.errorType)?.status).toBe(r.status);
    expect(r.headers['x-amzn-errortype']).toBe(r.errorType);
  });
});

describe('determinism', () => {
  test.prop([fc.constantFrom(...operations), fc.integer()], { numRuns: 44 })('the same seed gives the same values', (id, seed) => {
    const arbs: fc.Arbitrary<unknown>[] = [arbitraries.validRequest(id), arbitraries.invalidRequest(id), arbitraries.validResponse(id)];
    for (const arb of arbs) {
      expect(fc.sample(arb, { seed, numRuns: 5 })).toEqual(fc.sample(arb, { seed, numRuns: 5 }));
    }
  });
});
