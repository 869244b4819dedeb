import * as mp from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';

/** The session the fixture records: what an application does with both services, in the documents' example values. */
export async function fixtureSession(endpoint: string, pass: (ms: number) => void): Promise<void> {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDFIXTURECLIENT01', secretAccessKey: 'fixture-client-secret' }, maxAttempts: 1 };
  const v = new voice.ChimeSDKVoiceClient(config);
  const m = new mp.ChimeSDKMediaPipelinesClient(config);
  const call = { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'a1b2c3d4-0000-1111-2222-333344445555' };
  const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const pipeline = 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/5d7e2fa4-1a2b-4c5d-8e9f-0a1b2c3d4e5f';
  const stream = 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-audio/1700000000000';

  const domain = (
    await v.send(
      new voice.CreateVoiceProfileDomainCommand({
        Name: 'support-line',
        Description: 'Callers of the support line',
        ServerSideEncryptionConfiguration: { KmsKeyArn: kms },
        ClientRequestToken: 'token-domain-0001',
        Tags: [{ Key: 'cost-centre', Value: 'cc-4471' }],
      }),
    )
  ).VoiceProfileDomain;
  const domainId = domain?.VoiceProfileDomainId ?? '';
  pass(1_000);
  await v.send(new voice.GetVoiceProfileDomainCommand({ VoiceProfileDomainId: domainId }));
  await v.send(new voice.ListVoiceProfileDomainsCommand({ MaxResults: 10 }));
  const search = await v.send(new voice.StartSpeakerSearchTaskCommand({ ...call, VoiceProfileDomainId: domainId, CallLeg: 'Caller', ClientRequestToken: 'token-search-0001' }));
  const searchId = search.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
  pass(4_000);
  await v.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: call.VoiceConnectorId, SpeakerSearchTaskId: searchId }));
  pass(8_000);
  await v.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: call.VoiceConnectorId, SpeakerSearchTaskId: searchId }));
  const profile = (await v.send(new voice.CreateVoiceProfileCommand({ SpeakerSearchTaskId: searchId }))).VoiceProfile;
  const profileId = profile?.VoiceProfileId ?? '';
  await v.send(new voice.GetVoiceProfileCommand({ VoiceProfileId: profileId }));
  await v.send(new voice.ListVoiceProfilesCommand({ VoiceProfileDomainId: domainId, MaxResults: 10 }));
  const tone = await v.send(new voice.StartVoiceToneAnalysisTaskCommand({ ...call, LanguageCode: 'en-US', ClientRequestToken: 'token-tone-0001' }));
  const toneId = tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
  pass(4_000);
  await v.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: call.VoiceConnectorId, VoiceToneAnalysisTaskId: toneId, IsCaller: true }));
  await v.send(new voice.StopVoiceToneAnalysisTaskCommand({ VoiceConnectorId: call.VoiceConnectorId, VoiceToneAnalysisTaskId: toneId }));

  const mpSearch = await m.send(
    new mp.StartSpeakerSearchTaskCommand({
      Identifier: pipeline,
      VoiceProfileDomainArn: domain?.VoiceProfileDomainArn ?? '',
      KinesisVideoStreamSourceTaskConfiguration: { StreamArn: stream, ChannelId: 0 },
      ClientRequestToken: 'token-mp-search-0001',
    }),
  );
  const mpSearchId = mpSearch.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
  const mpTone = await m.send(
    new mp.StartVoiceToneAnalysisTaskCommand({ Identifier: pipeline, LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: { StreamArn: stream, ChannelId: 1 } }),
  );
  const mpToneId = mpTone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
  pass(4_000);
  await m.send(new mp.GetSpeakerSearchTaskCommand({ Identifier: pipeline, SpeakerSearchTaskId: mpSearchId }));
  await m.send(new mp.GetVoiceToneAnalysisTaskCommand({ Identifier: pipeline, VoiceToneAnalysisTaskId: mpToneId }));
  await m.send(new mp.StopSpeakerSearchTaskCommand({ Identifier: pipeline, SpeakerSearchTaskId: mpSearchId }));
  await m.send(new mp.StopVoiceToneAnalysisTaskCommand({ Identifier: pipeline, VoiceToneAnalysisTaskId: mpToneId }));

  // The answers an application meets when it is wrong: a request the service refuses, and a resource that is not there.
  await v.send(new voice.GetVoiceProfileDomainCommand({ VoiceProfileDomainId: 'no-such-domain' })).catch(() => undefined);
  const french = { ...call, LanguageCode: 'fr-FR' } as unknown as voice.StartVoiceToneAnalysisTaskCommandInput; // the SDK sends what the contract refuses
  await v.send(new voice.StartVoiceToneAnalysisTaskCommand(french)).catch(() => undefined);
  // The search's token again with another input: the documented conflict (emulator semantics, "Idempotency").
  const reused = { ...call, VoiceProfileDomainId: domainId, CallLeg: 'Callee' as const, ClientRequestToken: 'token-search-0001' };
  await v.send(new voice.StartSpeakerSearchTaskCommand(reused)).catch(() => undefined);
  await v.send(new voice.DeleteVoiceProfileCommand({ VoiceProfileId: profileId }));
  await v.send(new voice.DeleteVoiceProfileDomainCommand({ VoiceProfileDomainId: domainId }));
}
