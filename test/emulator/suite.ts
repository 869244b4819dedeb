import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mp, sdkError, voice } from '../support/sdk.js';
import { startHarness, type AdapterName, type Harness } from './adapters.js';

const pipelineArn = 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-1';
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1';
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-1/1700000000000', ChannelId: 0 };
const vc = 'abcdef1234567890abcde';
const sse = { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' };

/** The same scenarios, through the real AWS SDK v3 clients, against one adapter. */
export function emulatorSuite(adapter: AdapterName): void {
  let h: Harness;
  beforeAll(async () => void (h = await startHarness(adapter)));
  afterAll(async () => h.close());

  describe(`${adapter}: Media Pipelines tasks`, () => {
    it('start 201, get 200, stop 204, through the lifecycle on a stepped clock', async () => {
      const started = await h.clients.mp.send(new mp.StartSpeakerSearchTaskCommand({ Identifier: pipelineArn, VoiceProfileDomainArn: domainArn, KinesisVideoStreamSourceTaskConfiguration: stream }));
      expect(started.$metadata.httpStatusCode).toBe(201);
      const SpeakerSearchTaskId = started.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
      expect(SpeakerSearchTaskId).toMatch(/^[0-9a-f-]{36}$/);
      const statuses: string[] = [];
      const get = async () => {
        const got = await h.clients.mp.send(new mp.GetSpeakerSearchTaskCommand({ Identifier: 'p-1', SpeakerSearchTaskId }));
        expect(got.$metadata.httpStatusCode).toBe(200);
        statuses.push(got.SpeakerSearchTask?.SpeakerSearchTaskStatus ?? '');
        return got.SpeakerSearchTask;
      };
      const first = await get();
      h.clock.advance(600);
      await get();
      h.clock.advance(1000);
      await get();
      const stopped = await h.clients.mp.send(new mp.StopSpeakerSearchTaskCommand({ Identifier: pipelineArn, SpeakerSearchTaskId }));
      expect(stopped.$metadata.httpStatusCode).toBe(204);
      await get();
      h.clock.advance(600);
      const last = await get();
      expect(statuses).toEqual(['NotStarted', 'Initializing', 'InProgress', 'Stopping', 'Stopped']);
      expect(last?.UpdatedTimestamp?.getTime()).toBeGreaterThan(first?.UpdatedTimestamp?.getTime() ?? Infinity);
      expect(last?.CreatedTimestamp).toEqual(first?.CreatedTimestamp);
    });

    it('voice tone analysis: start, get, stop; a second task on the same pipeline starts beside the first', async () => {
      const input = { Identifier: 'p-2', LanguageCode: 'en-US' as const };
      const started = await h.clients.mp.send(new mp.StartVoiceToneAnalysisTaskCommand(input));
      const VoiceToneAnalysisTaskId = started.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
      const beside = await h.clients.mp.send(new mp.StartVoiceToneAnalysisTaskCommand(input));
      expect(beside.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId).not.toBe(VoiceToneAnalysisTaskId);
      const got = await h.clients.mp.send(new mp.GetVoiceToneAnalysisTaskCommand({ Identifier: 'p-2', VoiceToneAnalysisTaskId }));
      expect(got.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId).toBe(VoiceToneAnalysisTaskId);
      const stop = await h.clients.mp.send(new mp.StopVoiceToneAnalysisTaskCommand({ Identifier: 'p-2', VoiceToneAnalysisTaskId }));
      expect(stop.$metadata.httpStatusCode).toBe(204);
    });

    it('the same token with the same input returns the same task; with another input, 409', async () => {
      const input = { Identifier: 'p-3', VoiceProfileDomainArn: domainArn, ClientRequestToken: 'token-1' };
      const a = await h.clients.mp.send(new mp.StartSpeakerSearchTaskCommand(input));
      const b = await h.clients.mp.send(new mp.StartSpeakerSearchTaskCommand(input));
      expect(b.SpeakerSearchTask?.SpeakerSearchTaskId).toBe(a.SpeakerSearchTask?.SpeakerSearchTaskId);
      const other = await sdkError(h.clients.mp.send(new mp.StartSpeakerSearchTaskCommand({ ...input, KinesisVideoStreamSourceTaskConfiguration: stream })));
      expect(other).toMatchObject({ name: 'ConflictException', status: 409 });
    });

    it('an unknown task is 404 NotFoundException; invalid input sent by the SDK is 400 BadRequestException', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expect(await sdkError(h.clients.mp.send(new mp.GetSpeakerSearchTaskCommand({ Identifier: 'p-1', SpeakerSearchTaskId: id })))).toMatchObject({ name: 'NotFoundException', status: 404 });
      expect(await sdkError(h.clients.mp.send(new mp.StopVoiceToneAnalysisTaskCommand({ Identifier: 'p-1', VoiceToneAnalysisTaskId: id })))).toMatchObject({ name: 'NotFoundException', status: 404 });
      const bad = await sdkError(
        h.clients.mp.send(new mp.StartSpeakerSearchTaskCommand({ Identifier: 'p-1', VoiceProfileDomainArn: domainArn, KinesisVideoStreamSourceTaskConfiguration: { ...stream, ChannelId: 2 } })),
      );
      expect(bad).toMatchObject({ name: 'BadRequestException', status: 400 });
      expect(bad.message).toContain("'KinesisVideoStreamSourceTaskConfiguration.ChannelId'");
    });
  });

  describe(`${adapter}: Voice`, () => {
    it('domains, speaker search, voice profiles and voice tone analysis: every Voice operation', async () => {
      const c = h.clients.voice;
      const created = await c.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'agents', ServerSideEncryptionConfiguration: sse }));
      expect(created.$metadata.httpStatusCode).toBe(201);
      const VoiceProfileDomainId = created.VoiceProfileDomain?.VoiceProfileDomainId ?? '';
      expect((await c.send(new voice.GetVoiceProfileDomainCommand({ VoiceProfileDomainId }))).VoiceProfileDomain?.Name).toBe('agents');
      expect((await c.send(new voice.UpdateVoiceProfileDomainCommand({ VoiceProfileDomainId, Name: 'renamed' }))).VoiceProfileDomain?.Name).toBe('renamed');
      expect((await c.send(new voice.ListVoiceProfileDomainsCommand({}))).VoiceProfileDomains?.map((d) => d.VoiceProfileDomainId)).toContain(VoiceProfileDomainId);

      const search = async (TransactionId: string) => {
        const s = await c.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId, VoiceProfileDomainId, CallLeg: 'Callee' }));
        expect(s.$metadata.httpStatusCode).toBe(201);
        expect(s.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('IN_QUEUE');
        return s.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
      };
      const first = await search('tx-1');
      const second = await search('tx-2');
      h.clock.advance(4000);
      const done = await c.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: vc, SpeakerSearchTaskId: first }));
      expect(done.SpeakerSearchTask).toMatchObject({
        SpeakerSearchTaskStatus: 'SUCCEEDED',
        CallDetails: { IsCaller: false, TransactionId: 'tx-1' },
        SpeakerSearchDetails: { VoiceprintGenerationStatus: 'VoiceprintGenerationSuccess' },
      });

      const profile = await c.send(new voice.CreateVoiceProfileCommand({ SpeakerSearchTaskId: first }));
      expect(profile.$metadata.httpStatusCode).toBe(201);
      const VoiceProfileId = profile.VoiceProfile?.VoiceProfileId ?? '';
      expect((await c.send(new voice.GetVoiceProfileCommand({ VoiceProfileId }))).VoiceProfile?.VoiceProfileDomainId).toBe(VoiceProfileDomainId);
      expect((await c.send(new voice.UpdateVoiceProfileCommand({ VoiceProfileId, SpeakerSearchTaskId: second }))).$metadata.httpStatusCode).toBe(200);
      expect((await c.send(new voice.ListVoiceProfilesCommand({ VoiceProfileDomainId }))).VoiceProfiles?.map((p) => p.VoiceProfileId)).toEqual([VoiceProfileId]);

      const third = await search('tx-3');
      h.clock.advance(4000);
      const matched = await c.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: vc, SpeakerSearchTaskId: third }));
      const [result] = matched.SpeakerSearchTask?.SpeakerSearchDetails?.Results ?? [];
      expect(result?.VoiceProfileId).toBe(VoiceProfileId);
      expect(result?.ConfidenceScore).toBeGreaterThanOrEqual(0);
      expect(result?.ConfidenceScore).toBeLessThanOrEqual(1);

      const active = await search('tx-10');
      expect((await c.send(new voice.StopSpeakerSearchTaskCommand({ VoiceConnectorId: vc, SpeakerSearchTaskId: active }))).$metadata.httpStatusCode).toBe(204);
      const stopped = await c.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: vc, SpeakerSearchTaskId: active }));
      expect(stopped.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('STOPPED');

      // The domain goes with its profiles ("Deletes all voice profiles in the domain").
      expect((await c.send(new voice.DeleteVoiceProfileDomainCommand({ VoiceProfileDomainId }))).$metadata.httpStatusCode).toBe(204);
      expect(await sdkError(c.send(new voice.GetVoiceProfileCommand({ VoiceProfileId })))).toMatchObject({ name: 'NotFoundException', status: 404 });

      const tone = await c.send(new voice.StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-9', LanguageCode: 'en-US' }));
      const VoiceToneAnalysisTaskId = tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
      const asCallee = await c.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId, IsCaller: false }));
      expect(asCallee.VoiceToneAnalysisTask?.CallDetails?.IsCaller).toBe(false);
      expect((await c.send(new voice.StopVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId }))).$metadata.httpStatusCode).toBe(204);
    });

    it('a task is not visible under another Voice Connector; unknown IDs are 404; invalid input is 400', async () => {
      const c = h.clients.voice;
      const domain = await c.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'x', ServerSideEncryptionConfiguration: sse }));
      const VoiceProfileDomainId = domain.VoiceProfileDomain?.VoiceProfileDomainId ?? '';
      const s = await c.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-20', VoiceProfileDomainId }));
      const SpeakerSearchTaskId = s.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
      const elsewhere = c.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: 'zzzzzz1234567890zzzzz', SpeakerSearchTaskId }));
      expect(await sdkError(elsewhere)).toMatchObject({ name: 'NotFoundException', status: 404 });
      expect(await sdkError(c.send(new voice.GetVoiceProfileCommand({ VoiceProfileId: 'nope' })))).toMatchObject({ name: 'NotFoundException', status: 404 });
      const bogus = await sdkError(c.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-21', VoiceProfileDomainId, CallLeg: 'Bogus' as never })));
      expect(bogus).toMatchObject({ name: 'BadRequestException', status: 400 });
      expect(bogus.message).toContain('[Caller, Callee]');
      const missing = await sdkError(c.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, VoiceProfileDomainId } as never)));
      expect(missing.message).toContain("at 'TransactionId' failed to satisfy constraint: Member must not be null");
    });
  });
}
