/**
 * Voice tone results carry a stretch's tone and the average of every stretch so far. The engine keeps each
 * task's running sum between flushes and hashes in parts; whether a task is followed in small steps or met
 * after one long advance, every result must equal the plain definition: the k-th tone from
 * `score(taskId, "<leg>:<k>:<kind>")`, the average the mean of tones 1..k.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatorCore, type EmulatorCore } from '../../src/emulator/core/createCore.js';
import { score } from '../../src/emulator/core/context.js';
import type { LoggedEvent } from '../../src/emulator/core/events/chimeEvent.js';

const vc = 'abcdef1234567890abcde';
const kinds = ['positive', 'negative', 'neutral'] as const;
type Text = Record<(typeof kinds)[number], string>;

function plainTone(taskId: string, leg: string, k: number): number[] {
  const raw = kinds.map((s) => 0.05 + score(taskId, `${leg}:${k}:${s}`));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

function plainAverage(taskId: string, leg: string, k: number): Text {
  const sum = [0, 0, 0];
  for (let i = 1; i <= k; i++) plainTone(taskId, leg, i).forEach((v, j) => (sum[j] = (sum[j] ?? 0) + v));
  const [positive, negative, neutral] = sum.map((v) => (v / k).toFixed(3));
  return { positive: positive ?? '', negative: negative ?? '', neutral: neutral ?? '' };
}

function startTone(c: EmulatorCore, tx: string): string {
  c.startCall(vc, tx);
  const r = c.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: tx, LanguageCode: 'en-US' });
  if (!r.ok) throw r.error;
  return (r.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId;
}

/** Each result's stretch number, leg and overall average, read from the event. */
function results(events: readonly LoggedEvent[], taskId: string, intervalMs: number, startedAt: number) {
  return events
    .map((e) => e.event.detail)
    .filter((d) => d['taskId'] === taskId && d['detailStatus'] === 'VoiceToneAnalysisSuccessful')
    .map((d) => {
      const details = d['voiceToneAnalysisDetails'] as { overallAverageVoiceTone: { endTime: string; voiceToneScore: Text } };
      const k = Math.round((Date.parse(details.overallAverageVoiceTone.endTime) - startedAt) / intervalMs);
      return { k, leg: d['isCaller'] === true ? 'caller' : 'callee', average: details.overallAverageVoiceTone.voiceToneScore };
    });
}

describe('voice tone averages', () => {
  it.each([
    ['followed in small steps', [150, 250, 1_000, 3_300, 50, 5_000]],
    ['met after one long advance', [60_000]],
  ])('%s: every result equals the plain definition of its tone and average', (_name, steps) => {
    const c = createEmulatorCore({ clock: 'manual', timings: 'fast' });
    const taskId = startTone(c, 'tx-1');
    const startedAt = c.clock.now() + c.options.lifecycle.queuedMs;
    const seen: LoggedEvent[] = [];
    c.events.subscribe((e) => void seen.push(e));
    for (const ms of steps) c.clock.advance(ms);
    const found = results(seen, taskId, c.options.lifecycle.toneIntervalMs, startedAt);
    expect(found.length).toBeGreaterThan(20);
    for (const r of found) expect({ k: r.k, leg: r.leg, average: r.average }).toEqual({ ...r, average: plainAverage(taskId, r.leg, r.k) });
  });
});
