import { afterEach, describe, expect, it } from 'vitest';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { advancingWorld } from '../../../src/parity/replay/advancingWorld.js';
import { replay } from '../../../src/parity/replay/replay.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { op, recorder } from './recording.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

async function embedded() {
  const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'strict' });
  open.push(opened);
  return { target: opened.target, world: advancingWorld(opened.target.endpoint, defaultAnswerLimits) };
}

type Json = Record<string, Record<string, string>>;
const call = { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'a1b2c3d4-0000-1111-2222-333344445555' };
const pipeline = 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/5d7e2fa4-1a2b-4c5d-8e9f-0a1b2c3d4e5f';
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-audio/1700000000000', ChannelId: 0 };

describe('a recording made on the embedded emulator', () => {
  it('replays on another embedded emulator with no difference: every operation, refusals and an unroutable request', async () => {
    const upstream = await embedded();
    const rec = recorder(upstream.target, (ms) => upstream.world.pass(ms));
    const id = (j: Json, kind: string) => j[kind]?.[`${kind}Id`] ?? '';
    const domain = (await rec.send(
      op('voice.CreateVoiceProfileDomain', { Name: 'support', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' }, ClientRequestToken: 'token-domain-0001' }),
    )) as Json;
    const domainId = id(domain, 'VoiceProfileDomain');
    await rec.send(op('voice.UpdateVoiceProfileDomain', { VoiceProfileDomainId: domainId, Name: 'support-line' }));
    await rec.send(op('voice.GetVoiceProfileDomain', { VoiceProfileDomainId: domainId }));
    await rec.send(op('voice.ListVoiceProfileDomains', { MaxResults: 10 }));
    const search = id((await rec.send(op('voice.StartSpeakerSearchTask', { ...call, VoiceProfileDomainId: domainId, CallLeg: 'Caller' }))) as Json, 'SpeakerSearchTask');
    await rec.wait(4000);
    await rec.send(op('voice.GetSpeakerSearchTask', { VoiceConnectorId: call.VoiceConnectorId, SpeakerSearchTaskId: search }));
    const profile = id((await rec.send(op('voice.CreateVoiceProfile', { SpeakerSearchTaskId: search }))) as Json, 'VoiceProfile');
    await rec.send(op('voice.UpdateVoiceProfile', { VoiceProfileId: profile, SpeakerSearchTaskId: search }));
    await rec.send(op('voice.GetVoiceProfile', { VoiceProfileId: profile }));
    await rec.send(op('voice.ListVoiceProfiles', { VoiceProfileDomainId: domainId }));
    const tone = id((await rec.send(op('voice.StartVoiceToneAnalysisTask', { ...call, LanguageCode: 'en-US' }))) as Json, 'VoiceToneAnalysisTask');
    await rec.wait(1000);
    await rec.send(op('voice.GetVoiceToneAnalysisTask', { VoiceConnectorId: call.VoiceConnectorId, VoiceToneAnalysisTaskId: tone, IsCaller: true }));
    await rec.send(op('voice.StopVoiceToneAnalysisTask', { VoiceConnectorId: call.VoiceConnectorId, VoiceToneAnalysisTaskId: tone }));
    await rec.send(op('voice.StopSpeakerSearchTask', { VoiceConnectorId: call.VoiceConnectorId, SpeakerSearchTaskId: search }));
    const mpSearch = id(
      (await rec.send(
        op('media-pipelines.StartSpeakerSearchTask', {
          Identifier: pipeline,
          VoiceProfileDomainArn: domain['VoiceProfileDomain']?.['VoiceProfileDomainArn'],
          KinesisVideoStreamSourceTaskConfiguration: stream,
        }),
      )) as Json,
      'SpeakerSearchTask',
    );
    const mpTone = id(
      (await rec.send(op('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: pipeline, LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: stream }))) as Json,
      'VoiceToneAnalysisTask',
    );
    await rec.wait(4000);
    await rec.send(op('media-pipelines.GetSpeakerSearchTask', { Identifier: pipeline, SpeakerSearchTaskId: mpSearch }));
    await rec.send(op('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: pipeline, VoiceToneAnalysisTaskId: mpTone }));
    await rec.send(op('media-pipelines.StopSpeakerSearchTask', { Identifier: pipeline, SpeakerSearchTaskId: mpSearch }));
    await rec.send(op('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: pipeline, VoiceToneAnalysisTaskId: mpTone }));
    await rec.wait(1000);
    await rec.send(op('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: pipeline, VoiceToneAnalysisTaskId: mpTone }));
    await rec.send(op('voice.GetVoiceProfileDomain', { VoiceProfileDomainId: 'no-such-domain' }));
    await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 5 }));
    await rec.send({ method: 'POST', target: '/voice-profile-domains', headers: { 'content-type': 'application/json' }, body: '{"Name":' });
    await rec.send({ method: 'GET', target: '/nothing?x=1', headers: {}, body: undefined });
    // The domain's token again with another input: a documented ConflictException.
    await rec.send(
      op('voice.CreateVoiceProfileDomain', { Name: 'other', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' }, ClientRequestToken: 'token-domain-0001' }),
    );
    await rec.send(op('voice.DeleteVoiceProfile', { VoiceProfileId: profile }));
    await rec.send(op('voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: domainId }));
    expect(new Set(rec.exchanges.map((e) => e.response.status))).toEqual(new Set([200, 201, 204, 400, 404, 409]));

    const target = await embedded();
    const rows = await replay(rec.exchanges, target);
    expect(rows.filter((r) => r.differences.length > 0 || r.notes.length > 0)).toEqual([]);
    expect(rows).toHaveLength(28);
    expect(new Set(rows.map((r) => r.operation)).size).toBe(23); // all 22 operations, and GET /nothing
  });
});
