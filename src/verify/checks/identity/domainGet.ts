import { createDomain, kmsOf } from '../../world/setupSteps.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess } from '../../world/resources.js';
import { domainKind, writtenDifference } from '../readYourWrites/readBack.js';
import type { Scenario } from '../scenario.js';

/** Get answers the domain asked for: its ID, and the name, description and key it was created with. */
export const domainGet: Scenario = {
  covers: (op) => op.id === 'voice.GetVoiceProfileDomain',
  async run(ctx, op, generated, coin) {
    const written = { Name: ctx.target.unique('identity'), ...(coin ? { Description: 'read back by the identity check' } : {}) };
    const id = await createDomain(ctx.target, written);
    const request = { ...generated, VoiceProfileDomainId: id };
    const { json } = await expectSuccess(ctx.target, op, request);
    const wrong = writtenDifference(domainKind, json, { VoiceProfileDomainId: id, ...written, ServerSideEncryptionConfiguration: kmsOf(ctx.target) }, 'VoiceProfileDomain');
    expectThat(wrong === undefined, () => `answered another domain than the one created: ${wrong}`, request);
  },
};
