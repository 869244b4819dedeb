import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../src/parity/replay/replay.js';
import { learnIdentities } from '../../../src/parity/replay/learnIdentities.js';
import { substituteTarget } from '../../../src/parity/replay/substituteTarget.js';
import { substituteBody } from '../../../src/parity/replay/substituteBody.js';
import { manualEmulator } from './emulators.js';
import { op, recorder } from './recording.js';

type Json = Record<string, Record<string, string>>;
const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const call = { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'a1b2c3d4-0000-1111-2222-333344445555' };
const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

describe('identity carried forward', () => {
  it('maps what a chain of answers made: create a domain, a profile in it, get the profile by its new ID', async () => {
    const upstream = await manualEmulator();
    const target = await manualEmulator();
    open.push(upstream, target);
    const rec = recorder(upstream.target, (ms) => upstream.world.pass(ms));
    const domain = (await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 'support', ServerSideEncryptionConfiguration: { KmsKeyArn: kms }, ClientRequestToken: 'token-domain-0001' }))) as Json;
    const domainId = domain['VoiceProfileDomain']?.['VoiceProfileDomainId'];
    const search = (await rec.send(op('voice.StartSpeakerSearchTask', { ...call, VoiceProfileDomainId: domainId }))) as Json;
    await rec.wait(4000);
    const profile = (await rec.send(op('voice.CreateVoiceProfile', { SpeakerSearchTaskId: search['SpeakerSearchTask']?.['SpeakerSearchTaskId'] }))) as Json;
    const profileId = profile['VoiceProfile']?.['VoiceProfileId'] ?? '';
    await rec.send(op('voice.GetVoiceProfile', { VoiceProfileId: profileId }));
    await rec.send(op('voice.ListVoiceProfiles', { VoiceProfileDomainId: domainId }));

    const rows = await replay(rec.exchanges, { target: target.target, world: target.world });
    expect(rows.map((r) => [r.operation, r.differences])).toEqual([
      ['voice.CreateVoiceProfileDomain', []],
      ['voice.StartSpeakerSearchTask', []],
      ['voice.CreateVoiceProfile', []],
      ['voice.GetVoiceProfile', []],
      ['voice.ListVoiceProfiles', []],
    ]);
    const made = (i: number) => JSON.parse(rows[i]?.answer?.body ?? '{}') as Json;
    const newDomainId = made(0)['VoiceProfileDomain']?.['VoiceProfileDomainId'] ?? '';
    const newProfileId = made(2)['VoiceProfile']?.['VoiceProfileId'] ?? '';
    expect(newDomainId).not.toBe(domainId);
    expect(newProfileId).not.toBe(profileId);
    expect(made(2)['VoiceProfile']?.['VoiceProfileDomainId']).toBe(newDomainId);
    expect(JSON.parse(rows[1]?.sent.body ?? '')).toMatchObject({ VoiceProfileDomainId: newDomainId });
    expect(JSON.parse(rows[2]?.sent.body ?? '')).toEqual({ SpeakerSearchTaskId: made(1)['SpeakerSearchTask']?.['SpeakerSearchTaskId'] });
    expect(rows[3]?.sent.target).toBe(`/voice-profiles/${newProfileId}`);
    expect(rows[4]?.sent.target).toBe(`/voice-profiles?voice-profile-domain-id=${newDomainId}`);
    // A fresh token: the recording's own would meet itself on a target replayed to twice.
    expect(JSON.parse(rows[0]?.sent.body ?? '')).toMatchObject({ ClientRequestToken: expect.stringMatching(/^replay[0-9a-z]+-0$/) });
  });

  it('learns from ID, ARN and page-token members only, outside lists, first mapping kept', () => {
    const ids = new Map([['kept', 'first']]);
    const recorded = { A: { FooId: 'a1', FooArn: 'arn:1', Name: 'n1', NextToken: 't1', BarId: 'kept' }, L: [{ BazId: 'l1' }] };
    const replayed = { A: { FooId: 'a2', FooArn: 'arn:2', Name: 'n2', NextToken: 't2', BarId: 'other' }, L: [{ BazId: 'l2' }] };
    learnIdentities(ids, recorded, replayed);
    expect([...ids]).toEqual([
      ['kept', 'first'],
      ['a1', 'a2'],
      ['arn:1', 'arn:2'],
      ['t1', 't2'],
    ]);
  });

  it('puts mapped values in paths label-encoded and in queries, and leaves the rest byte for byte', () => {
    const ids = new Map([
      ['pipe-1', 'arn:aws:chime:us-east-1:1:media-insights-pipeline/p 2'],
      ['d1', 'd2'],
    ]);
    expect(substituteTarget('/media-insights-pipelines/pipe-1/speaker-search-tasks?operation=start', ids)).toBe(
      '/media-insights-pipelines/arn%3Aaws%3Achime%3Aus-east-1%3A1%3Amedia-insights-pipeline%2Fp%202/speaker-search-tasks?operation=start',
    );
    expect(substituteTarget('/voice-profiles?voice-profile-domain-id=d1&max-results=%31&x', ids)).toBe('/voice-profiles?voice-profile-domain-id=d2&max-results=%31&x');
    expect(substituteTarget('/voice-profiles/%E0%A4%A', ids)).toBe('/voice-profiles/%E0%A4%A');
  });

  it('keeps an invalid token and a body that is not JSON as recorded', () => {
    const ids = new Map<string, string>();
    const fresh = () => 'fresh';
    expect(substituteBody('{"ClientRequestToken":"x"}', ids, fresh)).toBe('{"ClientRequestToken":"x"}');
    expect(substituteBody('{"ClientRequestToken" :"ok-token"}', ids, fresh)).toBe('{"ClientRequestToken":"fresh"}');
    expect(substituteBody('{not json', ids, fresh)).toBe('{not json');
  });
});
