/**
 * POST /_chime/clock/advance works out the events it makes due in slices, answering other requests between them
 * (issue 25: a long advance over thousands of tasks blocked the server for its whole length). What it emits must
 * be what the one-piece advance emits; a reset between slices abandons the rest; advances run one at a time.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatorCore, type EmulatorCore } from '../../src/emulator/core/createCore.js';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { startServer } from '../../src/emulator/http/startServer.js';

const vc = 'abcdef1234567890abcde';
const threeHours = 3 * 3600 * 1000;
const nextTick = () => new Promise<void>((r) => setImmediate(r));

/** A core on a manual clock with `n` voice tone analyses running, its time and IDs the same as any other's. */
function coreWithTones(n: number): EmulatorCore {
  let id = 0;
  const core = createEmulatorCore({ clock: steppedClock(Date.parse('2026-12-01T09:00:00Z')), timings: 'fast', newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}` });
  for (let i = 0; i < n; i++) {
    core.startCall(vc, `tx-${i}`);
    const r = core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: `tx-${i}`, LanguageCode: 'en-US' });
    if (!r.ok) throw r.error;
  }
  core.clock.advance(1);
  return core;
}

/** The log as seq, type, time, call and status: what an event says, without the IDs drawn for it. */
const shape = (core: EmulatorCore) => {
  const { events, next, dropped } = core.events.since(0);
  const detail = (d: Record<string, unknown>) => [d['transactionId'], d['isCaller'], d['detailStatus'] ?? d['eventType']];
  return { next, dropped, events: events.map((e) => [e.seq, e.event['detail-type'], e.event.time, ...detail(e.event.detail)]) };
};

describe('an advance in slices', () => {
  it('emits what the one-piece advance emits: the same events, numbers and drops, also across a cut-off', async () => {
    for (const ms of [60_000, threeHours]) {
      const [whole, sliced] = [coreWithTones(300), coreWithTones(300)];
      whole.clock.advance(ms);
      await sliced.clock.advanceInSlices(ms);
      expect(sliced.events.since(0)).toEqual(whole.events.since(0));
    }
  });

  it('lets the event loop through while it works: the clock has moved, and a read waits for the rest of its events', async () => {
    const [whole, core] = [coreWithTones(300), coreWithTones(300)];
    whole.clock.advance(threeHours);
    let done = false;
    const advanced = core.clock.advanceInSlices(threeHours).then(() => (done = true));
    await nextTick();
    expect(done).toBe(false);
    expect(core.clock.now()).toBe(Date.parse('2026-12-01T09:00:00Z') + 1 + threeHours);
    // A poller in the middle gets the whole advance, not part of it: the read finishes the work at once.
    expect(core.events.since(0)).toEqual(whole.events.since(0));
    await advanced;
    expect(core.events.since(0)).toEqual(whole.events.since(0));
  });

  it('puts what a request makes due during the slices after the advance, and a one-step advance then returns with all of it', async () => {
    const [whole, core] = [coreWithTones(300), coreWithTones(300)];
    const heard: number[] = [];
    const wholeHeard: number[] = [];
    core.events.subscribe((e) => void heard.push(e.seq));
    whole.events.subscribe((e) => void wholeHeard.push(e.seq));
    whole.clock.advance(threeHours);
    whole.startCall(vc, 'late');
    whole.clock.advance(1000);
    const advanced = core.clock.advanceInSlices(threeHours);
    await nextTick();
    // The call's AnalyticsReady events are due now: with a listener, the core asks for a flush, which waits.
    core.startCall(vc, 'late');
    core.clock.advance(1000);
    // Returned with every event out: the advance's rest, the call's, and the one-step advance's own.
    expect(heard).toEqual(wholeHeard);
    // IDs are drawn in another order here (the call's before the advance's events): compared without them.
    expect(shape(core)).toEqual(shape(whole));
    await advanced;
    expect(shape(core)).toEqual(shape(whole));
  });

  it('runs advances asked for together one after the other, each answered with its own new time, as one-step advances would', async () => {
    const [whole, core] = [coreWithTones(50), coreWithTones(50)];
    const start = core.clock.now();
    for (const ms of [1000, 2000, 3000]) whole.clock.advance(ms);
    const times = await Promise.all([core.clock.advanceInSlices(1000), core.clock.advanceInSlices(2000), core.clock.advanceInSlices(3000)]);
    expect(times).toEqual([start + 1000, start + 3000, start + 6000]);
    expect(core.events.since(0)).toEqual(whole.events.since(0));
  });

  it('refuses an advance past the clock limit with the same error, and the next one still runs', async () => {
    const core = coreWithTones(1);
    await expect(core.clock.advanceInSlices(Number.MAX_SAFE_INTEGER)).rejects.toThrow(/clock/i);
    const expected = core.clock.now() + 1000;
    await expect(core.clock.advanceInSlices(1000)).resolves.toBe(expected);
  });

  it('stops making events when a reset comes between slices: no more are heard, and the log starts empty', async () => {
    const core = coreWithTones(300);
    let heard = 0;
    core.events.subscribe(() => void heard++);
    const advanced = core.clock.advanceInSlices(threeHours);
    await nextTick();
    const atReset = heard;
    core.reset();
    await advanced;
    expect(heard).toBe(atReset);
    expect(core.events.since(0).events).toEqual([]);
  });
});

describe('a one-step advance', () => {
  it('stops emitting when a listener resets the emulator: nothing after the reset reaches the log', () => {
    const core = coreWithTones(300);
    let heard = 0;
    core.events.subscribe(() => void (++heard === 1 && core.reset()));
    core.clock.advance(threeHours);
    expect(heard).toBe(1);
    expect(core.events.since(0).events).toEqual([]);
  });
});

describe('POST /_chime/clock/advance over HTTP', () => {
  it('answers a request sent while a long advance is being worked out before the advance itself', async () => {
    const server = await startServer({ clock: 'manual', timings: 'fast' });
    try {
      for (let i = 0; i < 300; i++) {
        server.core.startCall(vc, `tx-${i}`);
        server.core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: `tx-${i}`, LanguageCode: 'en-US' });
      }
      const before = server.core.clock.now();
      const order: string[] = [];
      const advance = fetch(`${server.url}/_chime/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms: threeHours }) }).then(
        async (r) => (order.push('advance'), r.status),
      );
      // Sent once the server has begun: the clock moves before the events are worked out.
      while (server.core.clock.now() === before) await nextTick();
      const read = fetch(`${server.url}/_chime/clock`).then(async (r) => (order.push('read'), (await r.json()) as { now: string }));
      const [status, clock] = await Promise.all([advance, read]);
      expect(status).toBe(200);
      expect(order).toEqual(['read', 'advance']);
      expect(Date.parse(clock.now)).toBe(before + threeHours);
    } finally {
      await server.close();
    }
  });
});
