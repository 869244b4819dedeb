import { describe, expect, it } from 'vitest';
import { getOperation } from '../../../src/contract/catalog.js';
import type { Target } from '../../../src/verify/reach/target.js';
import { NotApplicable } from '../../../src/verify/run/check.js';
import { fixturesWorld } from '../../../src/verify/world/fixturesWorld.js';
import { prepare } from '../../../src/verify/world/prepare.js';
import { bindWorld } from '../../../src/verify/world/world.js';

const kmsKeyArn = 'arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const nothingSent = () => Promise.reject(new Error('nothing is sent in this test'));
const target = (): Target => ({ endpoint: 'http://127.0.0.1:1', raw: nothingSent, sdk: nothingSent, unique: (p) => `${p}-1` });

describe('a world of fixtures', () => {
  it('hands each call out once, then says why a case is not applicable', async () => {
    const world = fixturesWorld({ calls: [{ voiceConnectorId: 'vc', transactionId: 'tx-1' }], pipelines: [] });
    expect(await world.call({ voiceConnectorId: 'x', transactionId: 'y' })).toEqual({ voiceConnectorId: 'vc', transactionId: 'tx-1' });
    await expect(world.call({ voiceConnectorId: 'x', transactionId: 'y' })).rejects.toThrow(
      new NotApplicable('needs a new live call per case: the 1 of --fixtures are used up (give more in --fixtures, a --setup-url, or a target with the control plane)'),
    );
    await expect(world.pipeline('p')).rejects.toThrow('needs a new media insights pipeline per case: the fixtures name none');
  });

  it("puts the user's KMS key into generated domain requests, where a random ARN would fail on the real service", async () => {
    const t = bindWorld(target(), fixturesWorld({ calls: [], pipelines: [], kmsKeyArn }));
    const generated = { Name: 'n', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:0:key/random' } };
    const prepared = await prepare(t, getOperation('voice.CreateVoiceProfileDomain'), generated);
    expect(prepared['ServerSideEncryptionConfiguration']).toEqual({ KmsKeyArn: kmsKeyArn });
    const open = bindWorld(target(), fixturesWorld({ calls: [], pipelines: [] }));
    expect((await prepare(open, getOperation('voice.CreateVoiceProfileDomain'), generated))['ServerSideEncryptionConfiguration']).toEqual(generated.ServerSideEncryptionConfiguration);
  });
});
