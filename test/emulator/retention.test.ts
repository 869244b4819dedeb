/**
 * The retention windows of the developer guide (va-data-retention), each crossed by advancing a manual
 * clock: a millisecond before the window the emulator still answers, at the window it no longer does.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatorCore, type CoreResult, type EmulatorCore } from '../../src/emulator/core/createCore.js';
import { documentedRetention } from '../../src/emulator/core/options.js';

const vc = 'abcdef1234567890abcde';
const hour = 3_600_000;
const day = 24 * hour;
const errorOf = (r: CoreResult) => (r.ok ? 'ok' : r.error.type);
const out = <T>(r: CoreResult): T => {
  if (!r.ok) throw r.error;
  return r.output as T;
};

function manualCore(): EmulatorCore {
  return createEmulatorCore({ clock: 'manual', timings: 'fast' });
}

function domainIn(core: EmulatorCore): string {
  const d = out<{ VoiceProfileDomain: { VoiceProfileDomainId: string } }>(core.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } }));
  return d.VoiceProfileDomain.VoiceProfileDomainId;
}

/** A speaker search on a fresh call, run until it SUCCEEDED; answers its ID and when it succeeded. */
function succeededSearch(core: EmulatorCore, VoiceProfileDomainId: string, tx: string): { id: string; succeededAt: number } {
  const s = out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(core.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: tx, VoiceProfileDomainId }));
  core.clock.advance(core.options.lifecycle.queuedMs + core.options.lifecycle.speakerSearchMs);
  return { id: s.SpeakerSearchTask.SpeakerSearchTaskId, succeededAt: core.clock.now() };
}

describe('retention windows', () => {
  it('the documented windows are 7 days, 24 hours and 3 years', () => {
    expect(documentedRetention).toEqual({ taskResultsMs: 7 * day, voiceprintMs: day, voiceProfileMs: 3 * 365 * day });
  });

  it('a finished task is readable for 7 days after it ended, then Get and Stop are NotFound (both services)', () => {
    const core = manualCore();
    const mp = out<{ VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }>(core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'p-1', LanguageCode: 'en-US' }));
    const mpId = mp.VoiceToneAnalysisTask.VoiceToneAnalysisTaskId;
    const tone = out<{ VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }>(
      core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 't-1', LanguageCode: 'en-US' }),
    );
    const toneId = tone.VoiceToneAnalysisTask.VoiceToneAnalysisTaskId;
    core.clock.advance(10 * day); // still running: a task that has not ended keeps its results
    const getMp = () => core.invoke('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: 'p-1', VoiceToneAnalysisTaskId: mpId });
    const getTone = () => core.invoke('voice.GetVoiceToneAnalysisTask', { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: toneId, IsCaller: true });
    expect([errorOf(getMp()), errorOf(getTone())]).toEqual(['ok', 'ok']);
    core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: 'p-1', VoiceToneAnalysisTaskId: mpId });
    core.invoke('voice.StopVoiceToneAnalysisTask', { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: toneId });
    core.clock.advance(core.options.lifecycle.stoppingMs); // Media Pipelines: Stopping → Stopped
    const voiceEnded = core.clock.now() - core.options.lifecycle.stoppingMs;
    core.clock.advance(7 * day - 1 - core.options.lifecycle.stoppingMs);
    expect(errorOf(getTone())).toBe('ok'); // 7 days less 1 ms after the Voice task STOPPED
    core.clock.advance(1);
    expect(core.clock.now() - voiceEnded).toBe(7 * day);
    expect(errorOf(getTone())).toBe('NotFoundException');
    expect(errorOf(getMp())).toBe('ok'); // the Media Pipelines task ended stoppingMs later
    core.clock.advance(core.options.lifecycle.stoppingMs);
    expect(errorOf(getMp())).toBe('NotFoundException');
    expect(errorOf(core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: 'p-1', VoiceToneAnalysisTaskId: mpId }))).toBe('NotFoundException');
    expect(core.snapshot().tasks.count).toBe(0);
  });

  it('a voiceprint becomes a voice profile within 24 hours of its search, then Create and Update are Gone', () => {
    const core = manualCore();
    const domain = domainIn(core);
    const first = succeededSearch(core, domain, 't-1');
    const second = succeededSearch(core, domain, 't-2');
    const profile = out<{ VoiceProfile: { VoiceProfileId: string } }>(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: first.id })).VoiceProfile.VoiceProfileId;
    core.clock.advance(second.succeededAt + day - 1 - core.clock.now());
    const update = () => core.invoke('voice.UpdateVoiceProfile', { VoiceProfileId: profile, SpeakerSearchTaskId: second.id });
    expect(errorOf(update())).toBe('ok');
    const third = succeededSearch(core, domain, 't-3');
    core.clock.advance(third.succeededAt + day - core.clock.now());
    const late = core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: third.id });
    expect(errorOf(late)).toBe('GoneException');
    expect(late.ok ? '' : late.error.message).toContain('24 hours after the search succeeded');
    expect(errorOf(core.invoke('voice.UpdateVoiceProfile', { VoiceProfileId: profile, SpeakerSearchTaskId: third.id }))).toBe('GoneException');
    // The task itself is still readable: only its voiceprint is gone.
    expect(errorOf(core.invoke('voice.GetSpeakerSearchTask', { VoiceConnectorId: vc, SpeakerSearchTaskId: third.id }))).toBe('ok');
  });

  it('a voice profile expires 3 years after its last enrolment: gone from Get, Delete, List and matches; Update renews it', () => {
    const core = manualCore();
    const domain = domainIn(core);
    const enrol = succeededSearch(core, domain, 't-1');
    const created = out<{ VoiceProfile: { VoiceProfileId: string; ExpirationTimestamp: string } }>(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: enrol.id })).VoiceProfile;
    expect(Date.parse(created.ExpirationTimestamp) - core.clock.now()).toBe(3 * 365 * day);
    const get = () => core.invoke('voice.GetVoiceProfile', { VoiceProfileId: created.VoiceProfileId });
    const listed = () => out<{ VoiceProfiles: { VoiceProfileId: string }[] }>(core.invoke('voice.ListVoiceProfiles', { VoiceProfileDomainId: domain })).VoiceProfiles.map((p) => p.VoiceProfileId);
    core.clock.advance(Date.parse(created.ExpirationTimestamp) - 1 - core.clock.now());
    expect(errorOf(get())).toBe('ok');
    core.clock.advance(1);
    expect(errorOf(get())).toBe('NotFoundException');
    expect(errorOf(core.invoke('voice.DeleteVoiceProfile', { VoiceProfileId: created.VoiceProfileId }))).toBe('NotFoundException');
    expect(listed()).toEqual([]);
    // A search that ends after the expiry does not find the profile (one that ended before keeps what it found).
    const search = succeededSearch(core, domain, 't-2');
    const matches = out<{ SpeakerSearchTask: { SpeakerSearchDetails: { Results: unknown[] } } }>(core.invoke('voice.GetSpeakerSearchTask', { VoiceConnectorId: vc, SpeakerSearchTaskId: search.id }));
    expect(matches.SpeakerSearchTask.SpeakerSearchDetails.Results).toEqual([]);
    // The guide has UpdateVoiceProfile refresh an expired embedding: the profile is back for 3 more years.
    const renewed = out<{ VoiceProfile: { ExpirationTimestamp: string } }>(core.invoke('voice.UpdateVoiceProfile', { VoiceProfileId: created.VoiceProfileId, SpeakerSearchTaskId: search.id }));
    expect(Date.parse(renewed.VoiceProfile.ExpirationTimestamp) - core.clock.now()).toBe(3 * 365 * day);
    expect(errorOf(get())).toBe('ok');
    expect(listed()).toEqual([created.VoiceProfileId]);
  });

  it('a domain holding expired profiles is deleted with them, as one holding live ones is', () => {
    const core = manualCore();
    const domain = domainIn(core);
    const enrol = succeededSearch(core, domain, 't-1');
    core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: enrol.id });
    core.clock.advance(3 * 365 * day);
    expect(errorOf(core.invoke('voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: domain }))).toBe('ok');
    expect(core.snapshot().voiceProfiles.count).toBe(0);
  });
});
