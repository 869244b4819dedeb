/**
 * The event log keeps its latest keptEvents events as JSON and cuts what falls out in one go, not one element
 * per event added. Whatever the number of events and whatever a poller asks, it must answer as a plain list of
 * the latest keptEvents would: the same events, the same `next`, the same `dropped`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventLog, keptEvents } from '../../src/emulator/core/events/eventLog.js';

/** The same answers from a plain array of every event, the latest keptEvents of it kept. */
function model(total: number, skipped: number, after: number, limit: number) {
  const all = Array.from({ length: total }, (_, i) => i + 1 + skipped);
  const kept = all.slice(-keptEvents).filter((seq) => seq > after);
  const events = kept.slice(0, limit);
  const last = total + skipped;
  const next = events.length === limit && kept.length > limit ? (events.at(-1) ?? 0) : last;
  return { seqs: events, next, dropped: Math.max(0, next - after - events.length) };
}

describe('EventLog', () => {
  it('answers as a plain list of its latest events would, across cuts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * keptEvents + 7 }), fc.nat(50), fc.nat(3 * keptEvents + 100), fc.integer({ min: 1, max: keptEvents }), (total, skipped, after, limit) => {
        const log = new EventLog();
        log.skip(skipped);
        for (let i = 0; i < total; i++) {
          const seq = log.nextSeq();
          log.add(seq, JSON.stringify({ id: `e-${seq}` }));
        }
        const got = log.since(after, limit);
        const want = model(total, skipped, after, limit);
        expect({ seqs: got.events.map((e) => e.seq), next: got.next, dropped: got.dropped }).toEqual(want);
        expect(got.events.every((e) => (e.event as unknown as { id: string }).id === `e-${e.seq}`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a read of no events with none, and the same place to ask from next', () => {
    const log = new EventLog();
    for (let i = 0; i < 5; i++) log.add(log.nextSeq(), '{}');
    expect(log.since(2, 0)).toEqual({ events: [], next: 2, dropped: 0 });
  });
});
