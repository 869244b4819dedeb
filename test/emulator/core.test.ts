import { describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';

const vc = 'abcdef1234567890abcde';
const errorOf = (r: ReturnType<ReturnType<typeof createEmulatorCore>['invoke']>) => (r.ok ? undefined : r.error.type);

describe('emulator core', () => {
  it('strict resources: an unknown pipeline or connector is NotFound until the state API creates it', () => {
    const core = createEmulatorCore({ strictResources: true });
    const start = () => core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'p-1', LanguageCode: 'en-US' });
    expect(errorOf(start())).toBe('NotFoundException');
    core.createPipeline('p-1');
    expect(start().ok).toBe(true);
    const tone = () => core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 't-1', LanguageCode: 'en-US' });
    expect(errorOf(tone())).toBe('NotFoundException');
    core.startCall(vc, 't-1');
    expect(tone().ok).toBe(true);
  });

  it('an ended call is Gone for new tasks, and ends the running ones', () => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock });
    const started = core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 't-2', LanguageCode: 'en-US' });
    const id = started.ok ? (started.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId : '';
    clock.advance(1000);
    core.endCall(vc, 't-2');
    expect(errorOf(core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 't-2', LanguageCode: 'en-US' }))).toBe('GoneException');
    const got = core.invoke('voice.GetVoiceToneAnalysisTask', { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: id, IsCaller: true });
    expect(got.ok && (got.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskStatus: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskStatus).toBe('SUCCEEDED');
  });

  it.each([
    ['documented', 'ok'],
    ['strict', 'NotFoundException'],
  ] as const)('a failed task reports Failed; with %s semantics, stopping it answers %s and it stays Failed', (semantics, expected) => {
    const core = createEmulatorCore({ semantics });
    const started = core.invoke('media-pipelines.StartSpeakerSearchTask', { Identifier: 'p-9', VoiceProfileDomainArn: 'arn:x' });
    const id = started.ok ? (started.output as { SpeakerSearchTask: { SpeakerSearchTaskId: string } }).SpeakerSearchTask.SpeakerSearchTaskId : '';
    core.failTask(id);
    const got = core.invoke('media-pipelines.GetSpeakerSearchTask', { Identifier: 'p-9', SpeakerSearchTaskId: id });
    expect(got.ok && JSON.stringify(got.output)).toContain('"SpeakerSearchTaskStatus":"Failed"');
    expect(errorOf(core.invoke('media-pipelines.StopSpeakerSearchTask', { Identifier: 'p-9', SpeakerSearchTaskId: id })) ?? 'ok').toBe(expected);
    const after = core.invoke('media-pipelines.GetSpeakerSearchTask', { Identifier: 'p-9', SpeakerSearchTaskId: id });
    expect(after.ok && JSON.stringify(after.output)).toContain('"SpeakerSearchTaskStatus":"Failed"');
  });

  it.each([
    ['documented', 'ok'],
    ['strict', 'ConflictException'],
  ] as const)('a voice profile needs a speaker search task that SUCCEEDED; a second one from it, with %s semantics: %s', (semantics, second) => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock, semantics });
    const domain = core.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } });
    const VoiceProfileDomainId = domain.ok ? (domain.output as { VoiceProfileDomain: { VoiceProfileDomainId: string } }).VoiceProfileDomain.VoiceProfileDomainId : '';
    const s = core.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 't-3', VoiceProfileDomainId });
    const SpeakerSearchTaskId = s.ok ? (s.output as { SpeakerSearchTask: { SpeakerSearchTaskId: string } }).SpeakerSearchTask.SpeakerSearchTaskId : '';
    expect(errorOf(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId }))).toBe('ConflictException');
    clock.advance(3500);
    expect(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId }).ok).toBe(true);
    expect(errorOf(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId })) ?? 'ok').toBe(second);
  });

  it('pages lists with MaxResults and NextToken, and rejects a forged token', () => {
    const core = createEmulatorCore();
    for (let i = 0; i < 5; i++) core.invoke('voice.CreateVoiceProfileDomain', { Name: `d${i}`, ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } });
    const names: string[] = [];
    let token: string | undefined;
    do {
      const r = core.invoke('voice.ListVoiceProfileDomains', { MaxResults: 2, ...(token ? { NextToken: token } : {}) });
      const out = (r.ok ? r.output : {}) as { VoiceProfileDomains: { Name: string }[]; NextToken?: string };
      names.push(...out.VoiceProfileDomains.map((d) => d.Name));
      token = out.NextToken;
    } while (token);
    expect(names).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
    expect(errorOf(core.invoke('voice.ListVoiceProfileDomains', { NextToken: 'forged' }))).toBe('BadRequestException');
  });

  it('a final status never changes, and a task stopped in the queue never started', () => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock });
    const mp = core.invoke('media-pipelines.StartSpeakerSearchTask', { Identifier: 'p-f', VoiceProfileDomainArn: 'arn:x' });
    const id = mp.ok ? (mp.output as { SpeakerSearchTask: { SpeakerSearchTaskId: string } }).SpeakerSearchTask.SpeakerSearchTaskId : '';
    core.invoke('media-pipelines.StopSpeakerSearchTask', { Identifier: 'p-f', SpeakerSearchTaskId: id });
    clock.advance(1000);
    expect(() => core.failTask(id)).toThrow(/already ended Stopped/);
    const got = core.invoke('media-pipelines.GetSpeakerSearchTask', { Identifier: 'p-f', SpeakerSearchTaskId: id });
    expect(got.ok && JSON.stringify(got.output)).toContain('"SpeakerSearchTaskStatus":"Stopped"');

    const tone = core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 't-q', LanguageCode: 'en-US' });
    const toneId = tone.ok ? (tone.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId : '';
    core.invoke('voice.StopVoiceToneAnalysisTask', { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: toneId });
    clock.advance(5000);
    const later = core.invoke('voice.GetVoiceToneAnalysisTask', { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: toneId, IsCaller: true });
    const task = (later.ok ? later.output : {}) as { VoiceToneAnalysisTask: Record<string, unknown> };
    expect(task.VoiceToneAnalysisTask['VoiceToneAnalysisTaskStatus']).toBe('STOPPED');
    expect(task.VoiceToneAnalysisTask).not.toHaveProperty('StartedTimestamp');
  });
});

describe('a domain created again with its token after it was deleted', () => {
  it('with documented semantics, makes a new domain, which the token names from then on', () => {
    const core = createEmulatorCore();
    const input = { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' }, ClientRequestToken: 'token-1' };
    const idOf = (r: ReturnType<typeof core.invoke>) => (r.ok ? (r.output as { VoiceProfileDomain: { VoiceProfileDomainId: string } }).VoiceProfileDomain.VoiceProfileDomainId : '');
    const first = idOf(core.invoke('voice.CreateVoiceProfileDomain', input));
    expect(core.invoke('voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: first }).ok).toBe(true);
    const second = idOf(core.invoke('voice.CreateVoiceProfileDomain', input));
    expect(second).not.toBe('');
    expect(second).not.toBe(first);
    expect(idOf(core.invoke('voice.CreateVoiceProfileDomain', input))).toBe(second);
    expect(core.snapshot().voiceProfileDomains.count).toBe(1);
  });

  it('with strict semantics, is a ConflictException (modelled for Create) that says the token is spent, not a 404 or a second domain', () => {
    const core = createEmulatorCore({ semantics: 'strict' });
    const input = { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' }, ClientRequestToken: 'token-1' };
    const first = core.invoke('voice.CreateVoiceProfileDomain', input);
    const id = first.ok ? (first.output as { VoiceProfileDomain: { VoiceProfileDomainId: string } }).VoiceProfileDomain.VoiceProfileDomainId : '';
    expect(core.invoke('voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: id }).ok).toBe(true);
    const again = core.invoke('voice.CreateVoiceProfileDomain', input);
    expect(errorOf(again)).toBe('ConflictException');
    expect(again.ok ? '' : again.error.message).toContain('has been deleted; use a new token');
    expect(core.snapshot().voiceProfileDomains.count).toBe(0);
  });
});

describe('a Media Pipelines task that is Stopping', () => {
  it('cannot fail any more: its results were closed when the stop came (409), and its status goes on to Stopped', () => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock });
    const started = core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'p-s', LanguageCode: 'en-US' });
    const id = started.ok ? (started.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId : '';
    clock.advance(2000);
    core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: 'p-s', VoiceToneAnalysisTaskId: id });
    clock.advance(100);
    expect(() => core.failTask(id)).toThrow(/already ended Stopping/);
    clock.advance(1000);
    const got = core.invoke('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: 'p-s', VoiceToneAnalysisTaskId: id });
    expect(got.ok && JSON.stringify(got.output)).toContain('"VoiceToneAnalysisTaskStatus":"Stopped"');
  });
});
