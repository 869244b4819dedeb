import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { createWire } from '../../src/emulator/wire/createWire.js';
import { forAllCases, runCase } from '../../src/verify/world/caseScope.js';
import { createDomain } from '../../src/verify/world/setupSteps.js';
import { janitorBatch, janitorOf, tidy } from '../../src/verify/world/janitor.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { listAll } from '../../src/verify/world/resources.js';
import { getOperation } from '../../src/contract/catalog.js';
import type { EncodedRequest } from '../../src/wire/encodeRequest.js';
import { uniqueNames, type Target } from '../../src/verify/reach/target.js';
import { pooledProfile } from '../../src/verify/world/voiceprints.js';

/** A target on the emulator's wire (no HTTP) that logs each request's method and path. */
function wireTarget(log: string[]): Target {
  const wire = createWire(createEmulatorCore({ lifecycle: quickLifecycle }));
  const raw = async (r: EncodedRequest) => {
    log.push(`${r.method} ${r.target.split('?')[0]}`);
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

const listDomains = getOperation('voice.ListVoiceProfileDomains');
const allDomains = (t: Target) => listAll(t, listDomains, {}, 'VoiceProfileDomains', 'VoiceProfileDomainId', {});

async function aCase(t: Target, passes: boolean, make: () => Promise<unknown>): Promise<void> {
  const { made, done } = runCase(async () => void (await make()));
  await done;
  janitorOf(t)?.caseEnded(made, passes);
}

describe('the janitor', () => {
  it('deletes what passed cases made once enough piled up, and keeps what failed cases and all cases share', async () => {
    const t = tidy(wireTarget([]));
    let shared = '';
    let failed = '';
    await aCase(t, true, async () => {
      shared = await forAllCases(() => createDomain(t));
      for (let i = 0; i < janitorBatch - 10; i++) await createDomain(t);
    });
    await aCase(t, false, async () => (failed = await createDomain(t)));
    const profile = { id: '' };
    await aCase(t, true, async () => (profile.id = await pooledProfile(t)));
    expect((await allDomains(t)).size).toBe(janitorBatch - 10 + 3); // the pool's domain too: nothing deleted yet
    await aCase(t, true, async () => {
      for (let i = 0; i < 10; i++) await createDomain(t);
    });
    await janitorOf(t)?.idle();
    const left = await allDomains(t);
    expect(left.has(shared) && left.has(failed)).toBe(true);
    expect(left.size).toBe(3); // shared, failed, the pool's
    expect((await t.raw({ method: 'GET', target: `/voice-profiles/${profile.id}`, headers: {}, body: undefined })).status).toBe(404);
  });

  it('never deletes while a list is walked: it waits for the walk, and walks starting meanwhile wait for it', async () => {
    const log: string[] = [];
    const t = tidy(wireTarget(log));
    let endWalk = () => {};
    const walking = janitorOf(t)?.walk(() => new Promise<void>((resolve) => (endWalk = resolve)));
    await aCase(t, true, async () => {
      for (let i = 0; i < janitorBatch; i++) await createDomain(t);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(log.some((l) => l.startsWith('DELETE'))).toBe(false);
    endWalk();
    await walking;
    // A walk started now waits for the deletions: it sees none of the domains.
    expect((await allDomains(t)).size).toBe(0);
    expect(log.filter((l) => l.startsWith('DELETE')).length).toBe(janitorBatch);
  });
});
