import { describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { ClockLimitError, lastRepresentableMs, latestNow } from '../../src/emulator/core/clockLimit.js';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { documentedRetention } from '../../src/emulator/core/options.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { validateResponse } from '../../src/contract/validate.js';

const vc = 'abcdef1234567890abcde';
const hundredYears = 100 * 366 * 24 * 3600 * 1000;

describe('the emulated clock stays inside what the contract can carry', () => {
  it('refuses an advance past its limit before anything moves, and a profile made at the limit expires in the year 9999', () => {
    const core = createEmulatorCore({ clock: 'manual', timings: 'fast' });
    const latest = latestNow(documentedRetention);
    core.clock.advance(latest - core.clock.now());
    expect(() => core.clock.advance(1)).toThrow(ClockLimitError);
    expect(() => core.clock.advance(1)).toThrow(/past 9996-12-3\dT.*the latest time it can show.*at most 0 ms more can pass/);
    expect(core.clock.now()).toBe(latest);
    const domain = core.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } });
    const domainId = domain.ok ? (domain.output as { VoiceProfileDomain: { VoiceProfileDomainId: string } }).VoiceProfileDomain.VoiceProfileDomainId : '';
    core.seedTask({ service: 'voice', kind: 'speaker-search', id: 'ss-1', scope: vc, target: 'tx#Caller', transactionId: 'tx', isCaller: true, domainId, ageMs: 10_000 });
    const profile = core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId: 'ss-1' });
    expect(profile.ok).toBe(true);
    if (!profile.ok) return;
    expect(Date.parse((profile.output as { VoiceProfile: { ExpirationTimestamp: string } }).VoiceProfile.ExpirationTimestamp)).toBe(lastRepresentableMs);
    expect(validateResponse('voice.CreateVoiceProfile', profile.output)).toEqual({ valid: true, issues: [] });
  });

  it('will not start on a clock already past its limit', () => {
    expect(() => createEmulatorCore({ clock: steppedClock(lastRepresentableMs) })).toThrow(/the emulated clock starts at 9999-12-31T23:59:59.999Z, past/);
  });

  it('answers 400 naming the limit on the control plane, and every path keeps working after', async () => {
    const server = await startServer({ clock: 'manual', timings: 'fast' });
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as Record<string, unknown>,
      }));
    try {
      let refused: { status: number; body: Record<string, unknown> } | undefined;
      for (let i = 0; i < 90 && !refused; i++) {
        const r = await control('POST', '/_chime/clock/advance', { ms: hundredYears });
        if (r.status !== 200) refused = r;
      }
      expect(refused?.status).toBe(400);
      expect(String(refused?.body['message'])).toMatch(/past 9996-.*the latest time it can show/);
      expect((await control('GET', '/_chime/clock')).status).toBe(200);
      expect((await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-late' })).status).toBe(201);
      const start = await fetch(`${server.url}/voice-connectors/${vc}/voice-tone-analysis-tasks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ TransactionId: 'tx-late', LanguageCode: 'en-US' }),
      });
      expect(start.status).toBe(201);
      const task = (await start.json()) as unknown;
      expect(validateResponse('voice.StartVoiceToneAnalysisTask', task)).toEqual({ valid: true, issues: [] });
    } finally {
      await server.close();
    }
  });
});
