import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraries } from '../../src/index.js';

type Request = Record<string, unknown> & { KinesisVideoStreamSourceTaskConfiguration?: Record<string, unknown> };

const runs = 2000;
const sample = (id: string): Request[] => fc.sample(arbitraries.validRequest(id), { seed: 7, numRuns: runs }) as Request[];
const length = (v: unknown): number => [...String(v)].length;

/** Share of samples meeting a condition: "reached often" means at least 1 in 100 here. */
function share<T>(values: readonly T[], predicate: (v: T) => boolean): number {
  return values.filter(predicate).length / values.length;
}
const often = 0.01;

describe('valid requests reach the boundaries often', () => {
  const mp = sample('media-pipelines.StartSpeakerSearchTask');
  const kvs = mp.map((r) => r.KinesisVideoStreamSourceTaskConfiguration).filter((k) => k !== undefined);
  const voice = sample('voice.StartSpeakerSearchTask');

  it('optional members both present and absent', () => {
    expect(share(mp, (r) => r.KinesisVideoStreamSourceTaskConfiguration === undefined)).toBeGreaterThan(0.1);
    expect(share(mp, (r) => r.KinesisVideoStreamSourceTaskConfiguration !== undefined)).toBeGreaterThan(0.1);
    expect(share(voice, (r) => r['CallLeg'] === undefined)).toBeGreaterThan(0.1);
  });

  it('ChannelId 0 and 1, FragmentNumber of 1 and 128 digits', () => {
    expect(share(kvs, (k) => k['ChannelId'] === 0)).toBeGreaterThan(often);
    expect(share(kvs, (k) => k['ChannelId'] === 1)).toBeGreaterThan(often);
    expect(share(kvs, (k) => length(k['FragmentNumber']) === 128)).toBeGreaterThan(often);
    expect(share(kvs, (k) => length(k['FragmentNumber']) === 1)).toBeGreaterThan(often);
  });

  it('strings at length 1 and at their maximum', () => {
    expect(share(mp, (r) => length(r['Identifier']) === 1)).toBeGreaterThan(often);
    expect(share(mp, (r) => length(r['Identifier']) === 1024)).toBeGreaterThan(often);
    expect(share(voice, (r) => length(r['TransactionId']) === 256)).toBeGreaterThan(often);
  });

  it('21- and 22-character Voice Connector IDs and 36-character GUIDs', () => {
    expect(share(voice, (r) => /^[a-z0-9]{21}$/.test(String(r['VoiceConnectorId'])))).toBeGreaterThan(often);
    expect(share(voice, (r) => /^[a-z0-9]{22}$/.test(String(r['VoiceConnectorId'])))).toBeGreaterThan(often);
    const get = sample('media-pipelines.GetSpeakerSearchTask');
    expect(share(get, (r) => length(r['SpeakerSearchTaskId']) === 36)).toBe(1);
  });

  it('non-ASCII text where the pattern allows it', () => {
    expect(share(voice, (r) => /[^\x00-\x7f]/.test(String(r['TransactionId'])))).toBeGreaterThan(often);
    expect(share(mp, (r) => /[^\x00-\x7f]/.test(String(r['Identifier'])))).toBeGreaterThan(often);
  });
});
