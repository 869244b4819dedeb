import { prepare } from '../../world/prepare.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, idIn, resourceNamed, walkPageSize } from '../../world/resources.js';
import { pooledProfile, pooledVoiceprint, poolDomain } from '../../world/voiceprints.js';
import type { Scenario } from '../scenario.js';
import { deleteMakesGone, getReturns, listHolds, profileKind as k, writtenDifference } from './readBack.js';

/** Create answers a profile in the domain of the speaker search it was made from; Get and List agree. */
export const profileCreate: Scenario = {
  covers: (op) => op.id === 'voice.CreateVoiceProfile',
  async run(ctx, op, generated) {
    const { domain, searchId } = await pooledVoiceprint(ctx.target);
    const request = { ...generated, SpeakerSearchTaskId: searchId };
    const { json } = await expectSuccess(ctx.target, op, request);
    const wrong = writtenDifference(k, json, { VoiceProfileDomainId: domain }, k.name);
    expectThat(wrong === undefined, () => `answered a profile of another domain: ${wrong}`, request);
    const id = idIn(resourceNamed(json, k.name), 'VoiceProfileId');
    expectThat(id !== undefined, () => 'answered no VoiceProfile.VoiceProfileId', request);
    await getReturns(ctx.target, k, id, { VoiceProfileDomainId: domain }, request);
    expectThat(await listHolds(ctx.target, k, id, { VoiceProfileDomainId: domain }, request), () => `ListVoiceProfiles of its domain does not hold the profile just created (${id})`, request);
  },
};

/** Update answers the profile asked for, still in its domain, and a later Get agrees. */
export const profileUpdate: Scenario = {
  covers: (op) => op.id === 'voice.UpdateVoiceProfile',
  async run(ctx, op, generated) {
    const request = await prepare(ctx.target, op, generated);
    const expected = { VoiceProfileId: request['VoiceProfileId'], VoiceProfileDomainId: await poolDomain(ctx.target) };
    const { json } = await expectSuccess(ctx.target, op, request);
    const wrong = writtenDifference(k, json, expected, k.name);
    expectThat(wrong === undefined, () => `answered another profile than the one updated: ${wrong}`, request);
    await getReturns(ctx.target, k, String(request['VoiceProfileId']), expected, request);
  },
};

/** After Delete, Get is NotFound and the List of its domain no longer holds the profile. */
export const profileDelete = deleteMakesGone(k, async (t) => ({ VoiceProfileDomainId: await poolDomain(t) }));

/** The List of a domain holds a profile just made in it. */
export const profileList: Scenario = {
  covers: (op) => op.id === 'voice.ListVoiceProfiles',
  async run(ctx) {
    const id = await pooledProfile(ctx.target);
    // The walk starts at the first page, walkPageSize at a time: that is the request shown, not the generated one.
    const scope = { VoiceProfileDomainId: await poolDomain(ctx.target) };
    const first = { ...scope, MaxResults: walkPageSize };
    expectThat(await listHolds(ctx.target, k, id, scope, first), () => `does not hold the profile just made in that domain (${id})`, first);
  },
};
