import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { createWire } from '../../src/emulator/wire/createWire.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import type { EncodedRequest } from '../../src/wire/encodeRequest.js';
import { uniqueNames, type Target } from '../../src/verify/reach/target.js';
import { pooledProfile, pooledVoiceprint, voiceprintBatch } from '../../src/verify/world/voiceprints.js';

/** A target on the emulator's wire, no HTTP, whose answers `refuse` may replace with a 503. */
function flakyTarget(refuse: (r: EncodedRequest, n: number) => boolean): Target {
  const wire = createWire(createEmulatorCore({ lifecycle: quickLifecycle }));
  let n = 0;
  const raw = async (r: EncodedRequest) => {
    if (refuse(r, n++)) return { status: 503, headers: { 'x-amzn-errortype': 'ServiceUnavailableException' }, body: '{"Message":"try later"}' };
    const answer = await wire.handle({ method: r.method, target: r.target, headers: r.headers, body: r.body === undefined ? undefined : new TextEncoder().encode(r.body) });
    return { status: answer.status, headers: answer.headers, body: answer.body ?? '' };
  };
  return {
    endpoint: 'wire:',
    raw,
    sdk: async () => {
      throw new Error('not used');
    },
    unique: uniqueNames(),
    pollCapMs: 20,
  };
}

const isDomainCreation = (r: EncodedRequest) => r.method === 'POST' && r.target === '/voice-profile-domains';
const isSearchStart = (r: EncodedRequest) => r.method === 'POST' && /^\/voice-connectors\/[^/]+\/speaker-search-tasks$/.test(r.target);

describe('the voiceprint pool', () => {
  it('hands out each succeeded search once, all in one shared domain', async () => {
    const t = flakyTarget(() => false);
    const got = await Promise.all(Array.from({ length: 20 }, () => pooledVoiceprint(t)));
    expect(new Set(got.map((g) => g.searchId)).size).toBe(20);
    expect(new Set(got.map((g) => g.domain)).size).toBe(1);
    expect(await pooledProfile(t)).toMatch(/.+/);
  });

  it('asks for a new domain after the first one could not be made', async () => {
    let domainsAsked = 0;
    const t = flakyTarget((r) => isDomainCreation(r) && ++domainsAsked === 1);
    await expect(pooledVoiceprint(t)).rejects.toThrow(/setup step voice\.CreateVoiceProfileDomain answered 503/);
    expect((await pooledVoiceprint(t)).searchId).toMatch(/.+/);
  });

  it('keeps the searches of a batch that succeeded when others were refused', async () => {
    let searches = 0;
    const t = flakyTarget((r) => isSearchStart(r) && ++searches % 2 === 0);
    const got = await Promise.all(Array.from({ length: 8 }, () => pooledVoiceprint(t)));
    expect(new Set(got.map((g) => g.searchId)).size).toBe(8);
    expect(searches).toBe(voiceprintBatch); // one batch: the half refused cost no case its voiceprint
  });
});
