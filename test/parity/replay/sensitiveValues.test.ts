import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { fakeIo } from '../../support/fakeIo.js';
import { harText } from './harText.js';
import { answered, op, recorder } from './recording.js';

const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** A domain made with a KMS key and read back; the read's answer edited to hold no ARN and no encryption. */
async function arnlessRead(): Promise<string> {
  const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  try {
    const rec = recorder(opened.target, async () => undefined);
    const made = (await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 'support', ServerSideEncryptionConfiguration: { KmsKeyArn: kms } }))) as Record<string, Record<string, string>>;
    await rec.send(op('voice.GetVoiceProfileDomain', { VoiceProfileDomainId: made['VoiceProfileDomain']?.['VoiceProfileDomainId'] }));
    const [create, get] = rec.exchanges as [Exchange, Exchange];
    const edited = answered(get, {
      body: (j) => {
        const { ServerSideEncryptionConfiguration: _, ...domain } = j['VoiceProfileDomain'] as Record<string, unknown>;
        return { VoiceProfileDomain: { ...domain, VoiceProfileDomainArn: null } };
      },
    });
    return harText([create, edited]);
  } finally {
    await opened.close();
  }
}

describe('what replay prints of the target', () => {
  it('shows no ARN of the target where it differs, in the table and in --json: the values are masked, the difference told', async () => {
    const har = await arnlessRead();
    const table = fakeIo('', { 'rec.har': har });
    expect(await runCli(['replay', 'rec.har'], table.io)).toBe(1);
    expect(table.out[3]).toBe(
      '2  voice.GetVoiceProfileDomain                 different  value /VoiceProfileDomain/VoiceProfileDomainArn null → "***"; member added /VoiceProfileDomain/ServerSideEncryptionConfiguration',
    );
    const json = fakeIo('', { 'rec.har': har });
    expect(await runCli(['replay', 'rec.har', '--json'], json.io)).toBe(1);
    expect((JSON.parse(json.out[1] ?? '') as { differences: unknown }).differences).toEqual([
      { kind: 'value', path: '/VoiceProfileDomain/VoiceProfileDomainArn', recorded: null, replayed: '***', text: 'value /VoiceProfileDomain/VoiceProfileDomainArn null → "***"' },
      { kind: 'added', path: '/VoiceProfileDomain/ServerSideEncryptionConfiguration', replayed: { KmsKeyArn: '***' }, text: 'member added /VoiceProfileDomain/ServerSideEncryptionConfiguration' },
    ]);
    expect([...table.out, ...json.out].join('\n')).not.toMatch(/arn:/);
  });
});
