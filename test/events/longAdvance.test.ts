import { describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { keptEvents } from '../../src/emulator/core/events/eventLog.js';
import type { LoggedEvent } from '../../src/emulator/core/events/chimeEvent.js';

const vc = 'abcdef1234567890abcde';
const tasks = 15; // 15 tone analyses × 2 legs × 720 results: 21,600 events, more than the log keeps

/** A core with `tasks` voice tone analyses running, IDs from a counter so two cores name the same tasks. */
function running() {
  let n = 0;
  const core = createEmulatorCore({ clock: steppedClock(Date.UTC(2026, 11, 7)), timings: 'fast', newId: () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}` });
  const heard: LoggedEvent[] = [];
  core.events.subscribe((e) => void heard.push(e));
  for (let i = 0; i < tasks; i++) {
    core.startCall(vc, `tx-${i}`);
    core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: `tx-${i}`, LanguageCode: 'en-US' });
  }
  return { core, heard };
}

const what = (e: LoggedEvent) => JSON.stringify(e.event.detail) + e.event.time;

describe('one long advance over many running tasks', () => {
  it('makes only the events the log keeps, the latest, each as small steps would have made it; the rest are counted', () => {
    const stepped = running();
    for (let t = 0; t < 3 * 3600_000; t += 20_000) stepped.core.clock.advance(20_000);
    const whole = running();
    const before = whole.core.events.since(0).next;
    whole.heard.length = 0;
    whole.core.clock.advance(3 * 3600_000);

    expect(whole.heard.length).toBeGreaterThan(0);
    expect(whole.heard.length).toBeLessThanOrEqual(keptEvents);
    // The latest events, exactly as the steps made them: same details, same times, same order.
    expect(whole.heard.map(what)).toEqual(stepped.heard.slice(-whole.heard.length).map(what));
    // A poller from before the advance is told of every event it will never see.
    const due = stepped.heard.filter((e) => e.seq > before).length;
    const page = whole.core.events.since(before);
    expect(page.events.length + page.dropped).toBe(due);
    expect(page.dropped).toBe(due - whole.heard.length);
  });

  it('pages the log with a limit: each page starts where the last ended, and nothing is counted twice', () => {
    const { core } = running();
    core.clock.advance(60_000);
    const seen: number[] = [];
    let dropped = 0;
    let pages = 0;
    for (let after = 0, guard = 0; guard < 100; guard++) {
      const page = core.events.since(after, 1000);
      pages++;
      expect(page.events.length).toBeLessThanOrEqual(1000);
      seen.push(...page.events.map((e) => e.seq));
      dropped += page.dropped;
      if (page.next === after) break;
      after = page.next;
    }
    expect(pages).toBeGreaterThan(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length + dropped).toBe(core.events.since(0).next);
  });
});
