/**
 * What the emulator emits, status by status, on a manual clock: each event at the emulated time it happened,
 * on the path of its service, and never twice.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatorCore, type CoreResult, type EmulatorCore } from '../../src/emulator/core/createCore.js';
import type { LoggedEvent } from '../../src/emulator/core/events/chimeEvent.js';
import { maxToneResults } from '../../src/emulator/core/events/voiceTone.js';

const vc = 'abcdef1234567890abcde';
const out = <T>(r: CoreResult): T => {
  if (!r.ok) throw r.error;
  return r.output as T;
};
const statuses = (events: readonly LoggedEvent[]) => events.map((e) => String(e.event.detail['detailStatus']));
const core = () => createEmulatorCore({ clock: 'manual', timings: 'fast' });

function domainWithProfile(c: EmulatorCore): string {
  const d = out<{ VoiceProfileDomain: { VoiceProfileDomainId: string } }>(c.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } }))
    .VoiceProfileDomain.VoiceProfileDomainId;
  const s = out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(c.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 'enrol', VoiceProfileDomainId: d }));
  c.clock.advance(1000);
  c.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: s.SpeakerSearchTask.SpeakerSearchTaskId });
  return d;
}

describe('speaker search events (Voice Connector path)', () => {
  it('a search that SUCCEEDED: its matches, the same the Get answers, then the voiceprint, at the time it succeeded', () => {
    const c = core();
    const domain = domainWithProfile(c);
    c.startCall(vc, 'tx-1', 'call-1');
    const after = c.events.since(0).next;
    const s = out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(
      c.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: domain, CallLeg: 'Callee' }),
    );
    const startedAt = c.clock.now();
    c.clock.advance(10_000);
    const { events } = c.events.since(after);
    expect(statuses(events)).toEqual(['IdentificationSuccessful', 'VoiceprintGenerationSuccess']);
    const got = out<{ SpeakerSearchTask: { SpeakerSearchDetails: { Results: { VoiceProfileId: string; ConfidenceScore: number }[] } } }>(
      c.invoke('voice.GetSpeakerSearchTask', { VoiceConnectorId: vc, SpeakerSearchTaskId: s.SpeakerSearchTask.SpeakerSearchTaskId }),
    );
    const results = got.SpeakerSearchTask.SpeakerSearchDetails.Results.map((r) => ({ voiceProfileId: r.VoiceProfileId, confidenceScore: r.ConfidenceScore.toFixed(3) }));
    expect(events[0]?.event.detail).toMatchObject({ taskId: s.SpeakerSearchTask.SpeakerSearchTaskId, callId: 'call-1', isCaller: false, speakerSearchDetails: { results } });
    expect(results).toHaveLength(1);
    expect(Date.parse(events[0]?.event.time ?? '')).toBe(startedAt + c.options.lifecycle.queuedMs + c.options.lifecycle.speakerSearchMs);
  });

  it('no profile in the domain: IdentificationNoMatchesFound; a failed search and one cut by the call end: the failures; a stopped one: nothing', () => {
    const c = core();
    const d = out<{ VoiceProfileDomain: { VoiceProfileDomainId: string } }>(c.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } }))
      .VoiceProfileDomain.VoiceProfileDomainId;
    const start = (tx: string) =>
      out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(c.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: tx, VoiceProfileDomainId: d })).SpeakerSearchTask
        .SpeakerSearchTaskId;
    const [none, failing, cut, stopped] = ['a', 'b', 'c', 'd'].map(start) as [string, string, string, string];
    c.failTask(failing, 'no speech');
    c.endCall(vc, 'c');
    c.invoke('voice.StopSpeakerSearchTask', { VoiceConnectorId: vc, SpeakerSearchTaskId: stopped });
    c.clock.advance(10_000);
    const byTask = (id: string) => statuses(c.events.since(0).events.filter((e) => e.event.detail['taskId'] === id));
    expect(byTask(none)).toEqual(['IdentificationNoMatchesFound', 'VoiceprintGenerationSuccess']);
    expect(byTask(failing)).toEqual(['IdentificationFailure', 'VoiceprintGenerationFailure']);
    expect(byTask(cut)).toEqual(['IdentificationFailure', 'VoiceprintGenerationFailure']);
    expect(byTask(stopped)).toEqual([]);
  });
});

describe('voice tone analysis events', () => {
  it('Voice Connector path: a result per leg per stretch while it listens, then Completed per leg; read twice, sent once', () => {
    const c = core();
    c.startCall(vc, 'tx-1', 'call-1');
    out(c.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' }));
    const interval = c.options.lifecycle.toneIntervalMs;
    c.clock.advance(c.options.lifecycle.queuedMs + 3 * interval - 1);
    expect(statuses(c.events.since(0).events)).toEqual(['AnalyticsReady', 'AnalyticsReady', ...Array(4).fill('VoiceToneAnalysisSuccessful')]);
    c.clock.advance(1);
    c.endCall(vc, 'tx-1');
    c.clock.advance(10 * interval);
    const all = c.events.since(0).events;
    expect(statuses(all)).toEqual(['AnalyticsReady', 'AnalyticsReady', ...Array(6).fill('VoiceToneAnalysisSuccessful'), 'VoiceToneAnalysisCompleted', 'VoiceToneAnalysisCompleted']);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    const last = all[7]?.event.detail['voiceToneAnalysisDetails'] as Record<string, Record<string, unknown>>;
    expect(last['overallAverageVoiceTone']?.['startTime']).toBe(
      all[2]?.event.detail['voiceToneAnalysisDetails'] && (all[2].event.detail['voiceToneAnalysisDetails'] as Record<string, Record<string, unknown>>)['currentAverageVoiceTone']?.['startTime'],
    );
  });

  it('media insights pipeline path: the pipeline, its source and stream channel, a fragment number; a failure ends it', () => {
    const c = core();
    const kvs = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/agent/1', ChannelId: 1 };
    const t = out<{ VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }>(
      c.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'pipe-1', LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: kvs }),
    );
    const t0 = c.clock.now();
    c.clock.advance(30 + c.options.lifecycle.toneIntervalMs);
    c.failTask(t.VoiceToneAnalysisTask.VoiceToneAnalysisTaskId);
    c.clock.advance(10_000);
    const events = c.events.since(0).events;
    expect(statuses(events)).toEqual(['VoiceToneAnalysisSuccessful', 'VoiceToneAnalysisFailure']);
    expect(events[0]?.event.detail).toMatchObject({
      mediaInsightsPipelineId: 'pipe-1',
      sourceArn: 'arn:aws:chime:us-east-1:111122223333:media-pipeline/pipe-1',
      streamArn: kvs.StreamArn,
      channelId: 1,
      startFragmentNumber: expect.stringMatching(/^\d+$/),
    });
    expect(events[0]?.event.detail).not.toHaveProperty('isCaller');
    expect(events[0]?.event).toMatchObject({ 'service-type': 'VoiceAnalytics', id: expect.stringMatching(/^Id-[0-9a-f-]{36}$/), time: expect.stringMatching(/\.\d{6}Z$/) });
    expect(Date.parse(events[1]?.event.time ?? '')).toBe(t0 + 30 + c.options.lifecycle.toneIntervalMs);
  });

  it('a task listening for days sends at most maxToneResults per leg', () => {
    const c = core();
    c.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'pipe-2', LanguageCode: 'en-US' });
    c.clock.advance(24 * 3600 * 1000);
    expect(c.events.since(0).events).toHaveLength(maxToneResults);
  });
});

describe('the event log and its listeners', () => {
  it('after=N lists what came later; reset forgets, numbers go on; a throwing listener does not stop the others', () => {
    const heard: number[] = [];
    const c = createEmulatorCore({
      clock: 'manual',
      onEvent: () => {
        throw new Error('app bug');
      },
    });
    c.events.subscribe((e) => heard.push(e.seq));
    c.startCall(vc, 'tx-1');
    expect(heard).toEqual([1, 2]);
    expect(c.events.since(1).events.map((e) => e.seq)).toEqual([2]);
    c.reset();
    c.startCall(vc, 'tx-2');
    expect(c.events.since(0)).toMatchObject({ next: 4, dropped: 2, events: [{ seq: 3 }, { seq: 4 }] });
    expect(heard).toEqual([1, 2, 3, 4]);
  });
});

describe('events in-process, through the MSW handlers', () => {
  it('onEvent hears a call start and its tone results as the test moves the clock', async () => {
    const { createChimeHandlers } = await import('../../src/emulator/msw/createChimeHandlers.js');
    const heard: string[] = [];
    const handlers = createChimeHandlers({ clock: 'manual', timings: 'fast', onEvent: (e) => heard.push(String(e.event.detail['detailStatus'])) });
    handlers.core.startCall(vc, 'tx-msw');
    handlers.core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 'tx-msw', LanguageCode: 'en-US' });
    expect(heard).toEqual(['AnalyticsReady', 'AnalyticsReady']);
    handlers.core.clock.advance(handlers.core.options.lifecycle.queuedMs + handlers.core.options.lifecycle.toneIntervalMs);
    expect(heard.slice(2)).toEqual(['VoiceToneAnalysisSuccessful', 'VoiceToneAnalysisSuccessful']);
  });
});

describe('what events leave out', () => {
  it('no event names a value the API redacts: the ClientRequestToken, the VoiceProfileDomainArn', () => {
    const c = core();
    const token = 'token-secret-71';
    const arn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/secret-domain-9';
    c.startCall(vc, 'tx-r');
    c.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 'tx-r', LanguageCode: 'en-US', ClientRequestToken: token });
    c.invoke('media-pipelines.StartSpeakerSearchTask', { Identifier: 'p-r', VoiceProfileDomainArn: arn, ClientRequestToken: `${token}-2` });
    c.clock.advance(5000);
    c.endCall(vc, 'tx-r');
    const text = JSON.stringify(c.events.since(0).events);
    expect(text).toContain('VoiceToneAnalysisCompleted');
    expect(text).toContain('IdentificationNoMatchesFound');
    expect(text).not.toContain(token);
    expect(text).not.toContain(arn);
  });
});
