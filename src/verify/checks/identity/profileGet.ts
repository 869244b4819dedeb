import { idFrom } from '../../fixtures.js';
import { firstDifference } from '../../sameValues.js';
import { expectThat } from '../../property.js';
import { expectSuccess, resourceNamed } from '../../resources.js';
import { must } from '../../target.js';
import { pooledVoiceprint } from '../../voiceprints.js';
import type { Scenario } from '../scenario.js';

/** Get answers the profile asked for: its ID, in the domain of the speaker search it was made from. */
export const profileGet: Scenario = {
  covers: (op) => op.id === 'voice.GetVoiceProfile',
  async run(ctx, op, generated) {
    const { domain, searchId } = await pooledVoiceprint(ctx.target);
    const id = idFrom(await must(ctx.target, 'voice.CreateVoiceProfile', { SpeakerSearchTaskId: searchId }), 'voice.CreateVoiceProfile', 'VoiceProfile', 'VoiceProfileId');
    const request = { ...generated, VoiceProfileId: id };
    const profile = resourceNamed((await expectSuccess(ctx.target, op, request)).json, 'VoiceProfile');
    const wrong = firstDifference(profile, { VoiceProfileId: id, VoiceProfileDomainId: domain }, 'VoiceProfile');
    expectThat(wrong === undefined, () => `answered another profile than the one created: ${wrong}`, request);
  },
};
