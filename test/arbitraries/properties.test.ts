import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { arbitraries, createEmulatorCore, getOperation, operations, validateRequest, validateResponse } from '../../src/index.js';
import { createWire } from '../../src/emulator/wire/createWire.js';

/** The issue asks for at least 200 runs per operation and property in CI. */
const numRuns = 200;

/** The reference emulator without a transport: what it answers is decided by our wire decoding and validation. */
const wire = createWire(createEmulatorCore());

describe.each(operations)('%s', (id) => {
  test.prop([arbitraries.validRequest(id)], { numRuns })('valid requests pass validateRequest', (request) => {
    expect(validateRequest(id, request).issues).toEqual([]);
  });

  test.prop([arbitraries.invalidRequest(id)], { numRuns })('invalid requests fail with exactly their named rule at their named path', (c) => {
    const { issues } = validateRequest(id, c.request);
    expect(issues.map(({ rule, path }) => ({ rule, path }))).toEqual([{ rule: c.mutation.rule, path: c.mutation.path }]);
  });

  // c.expect is what the arbitrary promises a conforming service answers; the emulator is held to that promise,
  // through the request as it goes on the wire (labels, query and body), not the SDK-style input.
  test.prop([arbitraries.invalidRequest(id)], { numRuns })('the emulator answers each invalid request as its expect says', async (c) => {
    const headers = Object.fromEntries(Object.entries(c.wire.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const answer = await wire.handle({ method: c.wire.method, target: c.wire.target, headers, body: c.wire.body === undefined ? undefined : Buffer.from(c.wire.body) });
    expect({ status: answer.status, errorType: answer.headers['x-amzn-errortype']?.split(':')[0] }).toEqual(c.expect);
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
