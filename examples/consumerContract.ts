import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { ChimeSDKVoiceClient, GetVoiceProfileDomainCommand } from '@aws-sdk/client-chime-sdk-voice';
import { chimePact } from 'chime-conformance/pact';

// Your app's contract with Chime SDK Voice: method, path, headers and matchers come from the schemas,
// and an example that breaks the API is refused here, before any broker sees it.
const pact = new PactV4({ consumer: 'my-contact-center', provider: 'chime-sdk-voice', dir: mkdtempSync(join(tmpdir(), 'pacts-')) });
const domain = { VoiceProfileDomainId: 'd-1', VoiceProfileDomainArn: 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1', Name: 'agents' };

await chimePact(pact)
  .voice.getVoiceProfileDomain({
    given: { state: 'a voice profile domain exists', params: { domainId: 'd-1', name: 'agents', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' } },
    request: { VoiceProfileDomainId: 'd-1' },
    response: { body: { VoiceProfileDomain: domain } },
  })
  .executeTest(async (server) => {
    const client = new ChimeSDKVoiceClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const { VoiceProfileDomain } = await client.send(new GetVoiceProfileDomainCommand({ VoiceProfileDomainId: 'd-1' }));
    if (VoiceProfileDomain?.Name !== 'agents') throw new Error('unexpected domain');
  });
console.log('contract written: verify it with chime-conformance pact verify --pact <file>');
