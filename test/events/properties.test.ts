/**
 * Properties of the events any sequence of calls, tasks, stops, failures and clock moves makes: each validates
 * against schemas/events/, sequence numbers count up, times never go back, and no event is sent twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/contract/validateEvent.js';
import { createEmulatorCore, type EmulatorCore } from '../../src/emulator/core/createCore.js';
import { ServiceError } from '../../src/emulator/core/serviceError.js';

const vc = 'abcdef1234567890abcde';
const tx = fc.constantFrom('tx-1', 'tx-2', 'tx-3');
const taskIds: string[] = [];
const idOf = (r: ReturnType<EmulatorCore['invoke']>) => (r.ok ? String(Object.values(Object.values(r.output as object)[0] as object)[0]) : undefined);

type Step = (c: EmulatorCore, domainId: string) => void;

/** A state API call the plan makes at a bad moment (an ended call restarted, a finished task failed) is refused. */
function refusedOrDone(call: () => unknown): void {
  try {
    call();
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
  }
}
const remember = (id: string | undefined) => void (id && taskIds.push(id));
const steps: fc.Arbitrary<Step>[] = [
  tx.map((t) => (c: EmulatorCore) => refusedOrDone(() => c.startCall(vc, t))),
  tx.map((t) => (c: EmulatorCore) => refusedOrDone(() => c.endCall(vc, t))),
  fc.tuple(tx, fc.boolean()).map(
    ([t, callee]) =>
      (c: EmulatorCore, d: string) =>
        remember(idOf(c.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: t, VoiceProfileDomainId: d, ...(callee ? { CallLeg: 'Callee' } : {}) }))),
  ),
  tx.map((t) => (c: EmulatorCore) => remember(idOf(c.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: t, LanguageCode: 'en-US' })))),
  fc
    .constantFrom('p-1', 'p-2')
    .map(
      (p) => (c: EmulatorCore, d: string) =>
        remember(idOf(c.invoke('media-pipelines.StartSpeakerSearchTask', { Identifier: p, VoiceProfileDomainArn: `arn:aws:chime:us-east-1:111122223333:voice-profile-domain/${d}` }))),
    ),
  fc.constantFrom('p-1', 'p-2').map((p) => (c: EmulatorCore) => remember(idOf(c.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: p, LanguageCode: 'en-US' })))),
  fc.nat(20).map((i) => (c: EmulatorCore) => {
    const id = taskIds[i % Math.max(1, taskIds.length)];
    if (id) for (const op of ['voice.StopVoiceToneAnalysisTask', 'voice.StopSpeakerSearchTask']) c.invoke(op, { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: id, SpeakerSearchTaskId: id });
  }),
  fc.nat(20).map((i) => (c: EmulatorCore) => {
    const id = taskIds[i % Math.max(1, taskIds.length)];
    if (id) refusedOrDone(() => c.failTask(id, 'lost'));
  }),
  fc.integer({ min: 1, max: 3000 }).map((ms) => (c: EmulatorCore) => void c.clock.advance(ms)),
  fc.constant((c: EmulatorCore) => void c.events.flush()),
];

describe('every event the emulator sends', () => {
  it('validates, counts up, never goes back in time, and is sent once', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...steps), { maxLength: 40 }), (plan) => {
        taskIds.length = 0;
        const c = createEmulatorCore({ clock: 'manual', timings: 'fast' });
        const domainId = idOf(c.invoke('voice.CreateVoiceProfileDomain', { Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } })) ?? '';
        for (const step of plan) step(c, domainId);
        c.clock.advance(5_000);
        const events = c.events.since(0).events;
        for (const e of events) expect(validateEvent(e.event), JSON.stringify(e.event)).toEqual({ valid: true, issues: [] });
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
        const times = events.map((e) => Date.parse(e.event.time));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const keys = events.map((e) => JSON.stringify([e.event.time, e.event['detail-type'], e.event.detail]));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 150 },
    );
  });
});
