import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { createWire } from '../../src/emulator/wire/createWire.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import type { EncodedRequest } from '../../src/wire/encodeRequest.js';
import { uniqueNames, type Target } from '../../src/verify/reach/target.js';
import { pooledProfile, pooledVoiceprint, searchBatch, voiceprintBatch } from '../../src/verify/world/voiceprints.js';
import { NotApplicable } from '../../src/verify/run/check.js';
import { fixturesWorld } from '../../src/verify/world/fixturesWorld.js';
import { createDomain, NoVoiceprint } from '../../src/verify/world/setupSteps.js';
import { bindWorld, openWorld } from '../../src/verify/world/world.js';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { defaultLifecycle } from '../../src/emulator/core/options.js';

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

  // A schema mock's generated status (Prism -d) never becomes SUCCEEDED: the batch is given up on at its first
  // answer, not after the 15 s a slow search gets.
  it.each([
    ['Rwjr<vy', /answered SpeakerSearchTaskStatus "Rwjr<vy", which the contract does not have/],
    [null, /answered no SpeakerSearchTaskStatus/],
  ])('gives up on searches answering %j as their status at once, saying so', async (status, message) => {
    const base = flakyTarget(() => false);
    let reads = 0;
    const raw: Target['raw'] = async (r) => {
      const a = await base.raw(r);
      if (r.method !== 'GET') return a;
      reads++;
      return { ...a, body: a.body.replace(/"SpeakerSearchTaskStatus":"[A-Z_]+"/, `"SpeakerSearchTaskStatus":${JSON.stringify(status)}`) };
    };
    const settled = await searchBatch({ ...base, raw }, await createDomain({ ...base, raw }), 4);
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : s.value))).toEqual(Array.from({ length: 4 }, () => expect.stringMatching(message)));
    expect(reads).toBe(4); // each search read once: the probe, then the rest
  });

  // A faithful target on a manual clock: its time passes only by verify's advances. A loaded machine makes each
  // advance slow in wall time; the search still needs 3.5 s of the target's time, well within 4 s of it.
  it('on a clock verify moves, waits for the time it passed, not the wall clock', async () => {
    const core = createEmulatorCore({ clock: steppedClock(), lifecycle: defaultLifecycle });
    const wire = createWire(core);
    const raw = async (r: EncodedRequest) => {
      const answer = await wire.handle({ method: r.method, target: r.target, headers: r.headers, body: r.body === undefined ? undefined : new TextEncoder().encode(r.body) });
      return { status: answer.status, headers: answer.headers, body: answer.body ?? '' };
    };
    const slowAdvance = async (ms: number) => void (await new Promise((r) => setTimeout(r, 400)), core.clock.advance(ms));
    const world = { ...openWorld, pass: slowAdvance, movesClock: true as const };
    const t = bindWorld({ endpoint: 'wire:', raw, sdk: () => Promise.reject(new Error('not used')), unique: uniqueNames(), pollCapMs: 500 }, world);
    const started = Date.now();
    const [settled] = await searchBatch(t, await createDomain(t), 1, 4000);
    expect(Date.now() - started).toBeGreaterThan(4000); // the wall clock ran past the limit: only the target's time counts
    expect(settled).toMatchObject({ status: 'fulfilled' });
  });

  it('keeps the searches of a batch that succeeded when others were refused', async () => {
    let searches = 0;
    const t = flakyTarget((r) => isSearchStart(r) && ++searches % 2 === 0);
    const got = await Promise.all(Array.from({ length: 8 }, () => pooledVoiceprint(t)));
    expect(new Set(got.map((g) => g.searchId)).size).toBe(8);
    expect(searches).toBe(voiceprintBatch); // one batch: the half refused cost no case its voiceprint
  });
});

describe('the voiceprint pool on calls the user named', () => {
  /** A target whose speaker searches all end FAILED, as on a live call with no speech. */
  const silent = (): Target => {
    const t = flakyTarget(() => false);
    return {
      ...t,
      raw: async (r) => {
        const a = await t.raw(r);
        return r.method === 'GET' ? { ...a, body: a.body.replace(/"SpeakerSearchTaskStatus":"[A-Z_]+"/, '"SpeakerSearchTaskStatus":"FAILED"') } : a;
      },
    };
  };
  const calls = Array.from({ length: voiceprintBatch }, (_, i) => ({ voiceConnectorId: 'abcdef1234567890abcde', transactionId: `silent-${i}` }));

  it('says voice profile cases are not applicable when no search on fixture calls succeeds: silence is no fault of the target', async () => {
    const t = bindWorld(silent(), fixturesWorld({ calls, pipelines: [] }));
    await expect(pooledVoiceprint(t)).rejects.toThrow(NotApplicable);
    await expect(pooledVoiceprint(t)).rejects.toThrow(/needs a voiceprint, and no speaker search on the given calls succeeded .*ended FAILED/);
  });

  it('still fails them where verify made the calls itself (an emulator, a hook)', async () => {
    const t = silent();
    const error = await pooledVoiceprint(t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoVoiceprint);
  });
});
