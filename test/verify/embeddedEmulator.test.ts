import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { startEmbeddedEmulator } from '../../src/verify/reach/embeddedEmulator.js';
import { openTarget } from '../../src/verify/reach/openTarget.js';
import { rawClient } from '../../src/verify/reach/rawClient.js';

const list = getOperation('voice.ListVoiceProfileDomains');
const sdk = { region: 'us-east-1', credentials: exampleCredentials };
const limits = { requestTimeoutMs: 2000, maxAnswerBytes: 1 << 20 };

describe('the embedded emulator', () => {
  it('carries a strict run, signed raw requests and SDK calls alike, while its HTTP server answers a request of its own (unsigned: 401)', async () => {
    const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'strict' });
    try {
      expect(opened.embedded).toBe(true);
      expect((await opened.target.sdk(list, {})).answer.status).toBe(200);
      expect((await opened.target.raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })).status).toBe(200);
      expect((await rawClient(opened.target.endpoint)({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })).status).toBe(401);
    } finally {
      await opened.close();
    }
  });

  it('keeps one state for both: a domain the SDK created is in the list a raw request reads', async () => {
    const emulator = await startEmbeddedEmulator({ emulator: { auth: 'off' }, sdk, limits });
    try {
      const created = await emulator.sdk(getOperation('voice.CreateVoiceProfileDomain'), {
        Name: 'shared',
        ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      });
      expect(created.answer.status).toBe(201);
      const listed = await emulator.raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
      expect(JSON.parse(listed.body).VoiceProfileDomains.map((d: { Name: string }) => d.Name)).toEqual(['shared']);
    } finally {
      await emulator.close();
    }
  });

  it('fails every call at once after its thread stopped, with a code the fuse of the run reads as a connection failure', async () => {
    const emulator = await startEmbeddedEmulator({ emulator: { auth: 'off' }, sdk, limits });
    await emulator.close();
    const late = emulator.raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
    await expect(late).rejects.toThrow(/the embedded emulator stopped/);
    await expect(late).rejects.toMatchObject({ code: 'ERR_EMULATOR_THREAD_STOPPED' });
    await expect(emulator.sdk(list, {})).rejects.toMatchObject({ code: 'ERR_EMULATOR_THREAD_STOPPED' });
  });
});
