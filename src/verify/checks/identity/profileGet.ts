import { firstDifference } from '../sameValues.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, resourceNamed } from '../../world/resources.js';
import { pooledProfile, poolDomain } from '../../world/voiceprints.js';
import type { Scenario } from '../scenario.js';

/** Get answers the profile asked for: its ID, in the domain of the speaker search it was made from. */
export const profileGet: Scenario = {
  covers: (op) => op.id === 'voice.GetVoiceProfile',
  async run(ctx, op, generated) {
    const id = await pooledProfile(ctx.target);
    const request = { ...generated, VoiceProfileId: id };
    const profile = resourceNamed((await expectSuccess(ctx.target, op, request)).json, 'VoiceProfile');
    const wrong = firstDifference(profile, { VoiceProfileId: id, VoiceProfileDomainId: await poolDomain(ctx.target) }, 'VoiceProfile');
    expectThat(wrong === undefined, () => `answered another profile than the one created: ${wrong}`, request);
  },
};
