import { createDomain, verifyKms } from '../../fixtures.js';
import { firstDifference } from '../../sameValues.js';
import { expectThat } from '../../property.js';
import { expectSuccess, resourceNamed } from '../../resources.js';
import type { Scenario } from '../scenario.js';

/** Get answers the domain asked for: its ID, and the name, description and key it was created with. */
export const domainGet: Scenario = {
  covers: (op) => op.id === 'voice.GetVoiceProfileDomain',
  async run(ctx, op, generated, coin) {
    const written = { Name: ctx.target.unique('identity'), ...(coin ? { Description: 'read back by the identity check' } : {}) };
    const id = await createDomain(ctx.target, written);
    const request = { ...generated, VoiceProfileDomainId: id };
    const domain = resourceNamed((await expectSuccess(ctx.target, op, request)).json, 'VoiceProfileDomain');
    const wrong =
      firstDifference(domain, { VoiceProfileDomainId: id, ...written }, 'VoiceProfileDomain') ??
      firstDifference(resourceNamed(domain, 'ServerSideEncryptionConfiguration'), verifyKms, 'VoiceProfileDomain.ServerSideEncryptionConfiguration', ['KmsKeyArn']);
    expectThat(wrong === undefined, () => `answered another domain than the one created: ${wrong}`, request);
  },
};
