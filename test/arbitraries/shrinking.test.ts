import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraries } from '../../src/index.js';

type KvsRequest = { Identifier: string; KinesisVideoStreamSourceTaskConfiguration?: { ChannelId: number } };

/** Deliberately wrong: treats ChannelId 1 as out of range and any Identifier over 3 code points as too long. */
const wrongValidator = (r: KvsRequest): boolean => [...r.Identifier].length <= 3 && r.KinesisVideoStreamSourceTaskConfiguration?.ChannelId !== 1;

function counterexample(validator = wrongValidator, seed = 20261122): KvsRequest {
  const arb = arbitraries.validRequest('media-pipelines.StartSpeakerSearchTask') as fc.Arbitrary<KvsRequest>;
  const details = fc.check(fc.property(arb, validator), { seed, numRuns: 500 });
  if (!details.failed || !details.counterexample) throw new Error('the wrong validator was never caught');
  return details.counterexample[0];
}

describe('shrinking', () => {
  it('reduces a counterexample against a wrong validator to the minimal input', () => {
    const minimal = counterexample();
    // Only the two required members survive; the Identifier is as short as the bug allows.
    expect(Object.keys(minimal).sort()).toEqual(['Identifier', 'VoiceProfileDomainArn']);
    expect([...minimal.Identifier]).toHaveLength(4);
    expect(JSON.stringify(minimal).length).toBeLessThan(60);
  });

  it('keeps only the nested member that triggers the bug', () => {
    const minimal = counterexample((r) => r.KinesisVideoStreamSourceTaskConfiguration?.ChannelId !== 1, 1);
    const kvs = minimal.KinesisVideoStreamSourceTaskConfiguration as Record<string, unknown> | undefined;
    expect(Object.keys(minimal).sort()).toEqual(['Identifier', 'KinesisVideoStreamSourceTaskConfiguration', 'VoiceProfileDomainArn']);
    expect(Object.keys(kvs ?? {}).sort()).toEqual(['ChannelId', 'StreamArn']);
    expect(kvs?.['ChannelId']).toBe(1);
    expect(JSON.stringify(minimal).length).toBeLessThan(200);
  });
});
