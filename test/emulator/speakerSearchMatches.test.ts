import { describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { score } from '../../src/emulator/core/context.js';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';

const vc = 'abcdef1234567890abcde';
type Match = { ConfidenceScore: number; VoiceProfileId: string };
const out = <T>(r: { ok: boolean; output?: unknown }): T => (r.ok ? r.output : {}) as T;

describe('speaker search results', () => {
  it('are the 10 best matches of the domain, best first, however many profiles it holds', () => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock });
    const domain = out<{ VoiceProfileDomain: { VoiceProfileDomainId: string } }>(
      core.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } }),
    );
    const VoiceProfileDomainId = domain.VoiceProfileDomain.VoiceProfileDomainId;
    const search = (n: number) =>
      out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(core.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: `t-${n}`, VoiceProfileDomainId }))
        .SpeakerSearchTask.SpeakerSearchTaskId;
    const searches = Array.from({ length: 26 }, (_, n) => search(n));
    clock.advance(5000);
    const profiles = searches
      .slice(0, 25)
      .map((SpeakerSearchTaskId) => out<{ VoiceProfile: { VoiceProfileId: string } }>(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId })).VoiceProfile.VoiceProfileId);
    expect(new Set(profiles).size).toBe(25);
    const last = searches[25] ?? '';
    const got = out<{ SpeakerSearchTask: { SpeakerSearchDetails: { Results: Match[] } } }>(core.invoke('voice.GetSpeakerSearchTask', { VoiceConnectorId: vc, SpeakerSearchTaskId: last }));
    const results = got.SpeakerSearchTask.SpeakerSearchDetails.Results;
    expect(results).toHaveLength(10);
    // The same ten, in the same order, as sorting every match of the domain would give.
    const every = profiles.map((VoiceProfileId) => ({ ConfidenceScore: score(last, VoiceProfileId), VoiceProfileId }));
    every.sort((a, b) => b.ConfidenceScore - a.ConfidenceScore || a.VoiceProfileId.localeCompare(b.VoiceProfileId));
    expect(results).toEqual(every.slice(0, 10));
  });
});
