import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraries, operations, type InvalidRequest } from '../../src/index.js';

type KvsRequest = { Identifier: string; KinesisVideoStreamSourceTaskConfiguration?: { ChannelId: number } };

/** The smallest request a deliberately wrong validator (one that refuses what the contract allows) is caught with. */
function counterexample(validator: (r: KvsRequest) => boolean, seed = 20261122): KvsRequest {
  const arb = arbitraries.validRequest('media-pipelines.StartSpeakerSearchTask') as fc.Arbitrary<KvsRequest>;
  const details = fc.check(fc.property(arb, validator), { seed, numRuns: 500 });
  if (!details.failed || !details.counterexample) throw new Error('the wrong validator was never caught');
  return details.counterexample[0];
}

describe('shrinking', () => {
  it('reduces a counterexample against a wrong validator to the minimal input', () => {
    // Any Identifier over 3 code points taken for too long.
    const minimal = counterexample((r) => [...r.Identifier].length <= 3);
    // Only the two required members survive; the Identifier is as short as the bug allows.
    expect(Object.keys(minimal).sort()).toEqual(['Identifier', 'VoiceProfileDomainArn']);
    expect([...minimal.Identifier]).toHaveLength(4);
    expect(JSON.stringify(minimal).length).toBeLessThan(60);
  });

  it('keeps only the nested member that triggers the bug', () => {
    // ChannelId 1 taken for out of range.
    const minimal = counterexample((r) => r.KinesisVideoStreamSourceTaskConfiguration?.ChannelId !== 1, 1);
    const kvs = minimal.KinesisVideoStreamSourceTaskConfiguration as Record<string, unknown> | undefined;
    expect(Object.keys(minimal).sort()).toEqual(['Identifier', 'KinesisVideoStreamSourceTaskConfiguration', 'VoiceProfileDomainArn']);
    expect(Object.keys(kvs ?? {}).sort()).toEqual(['ChannelId', 'StreamArn']);
    expect(kvs?.['ChannelId']).toBe(1);
    expect(JSON.stringify(minimal).length).toBeLessThan(200);
  });
});

/** What is left of a request once the value at one JSON pointer is taken out, as JSON text. */
function withoutValueAt(request: unknown, pointer: string): string {
  const parts = pointer.split('/').slice(1);
  const copy = structuredClone(request) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) at = at[p] as Record<string, unknown>;
  if (parts.length > 0) delete at[parts.at(-1) ?? ''];
  return JSON.stringify(parts.length > 0 ? copy : null);
}

describe('shrinking, on every operation', () => {
  it.each(operations)('%s: a failure that needs nothing of a valid request ends with a small one', (id) => {
    for (const seed of [1, 2, 3, 4]) {
      const details = fc.check(
        fc.property(arbitraries.validRequest(id), () => false),
        { seed },
      );
      expect(JSON.stringify(details.counterexample?.[0]).length, `seed ${seed}`).toBeLessThan(160);
    }
  });

  // Which mutation a failure needs is the property's business; the rest of the request must shrink away,
  // even where the mutation itself is long (51 Tags, a 1,025-character Identifier).
  it.each(operations)('%s: a failure that needs one mutation keeps only what it needs', (id) => {
    for (const name of ['patternViolation', 'enumViolation', 'aboveMaxLength', 'tooManyItems', 'missingRequired']) {
      const needs = (c: InvalidRequest) => c.mutation.name !== name;
      const details = fc.check(fc.property(arbitraries.invalidRequest(id), needs), { seed: 7, numRuns: 200 });
      if (!details.failed) continue; // the operation has no site for that mutation
      const shrunk = details.counterexample?.[0] as InvalidRequest;
      expect(withoutValueAt(shrunk.request, shrunk.mutation.path).length, `${name} at ${shrunk.mutation.path}`).toBeLessThan(200);
    }
  });
});
