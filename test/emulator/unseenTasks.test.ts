import { describe, expect, it } from 'vitest';
import { emptyState, takeUnseenTasks, watchTask, type Task } from '../../src/emulator/core/state.js';

describe('unseen tasks: the last 100,000 started, without a copy per task', () => {
  const task = (n: number): Task => ({ service: 'voice', kind: 'voice-tone-analysis', id: `t${n}`, scope: 'vc', target: `tx${n}`, createdAt: n });

  it('hands over every task when fewer than the limit, oldest first, then none', () => {
    const state = emptyState();
    for (let n = 0; n < 5; n++) watchTask(state, task(n));
    expect(takeUnseenTasks(state).map((t) => t.id)).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(takeUnseenTasks(state)).toEqual([]);
  });

  it('keeps exactly the last 100,000 of any number started, as dropping the oldest one at a time did', () => {
    for (const started of [100_000, 100_001, 199_999, 200_000, 200_001, 450_123]) {
      const state = emptyState();
      for (let n = 0; n < started; n++) watchTask(state, task(n));
      const seen = takeUnseenTasks(state);
      expect(seen.length).toBe(100_000);
      expect(seen[0]?.id).toBe(`t${started - 100_000}`);
      expect(seen.at(-1)?.id).toBe(`t${started - 1}`);
      expect(state.unseen.tasks.length).toBe(0);
    }
  });

  it('costs about the same per task past the limit as before it (a shift copied the whole list each time)', () => {
    const state = emptyState();
    const t0 = performance.now();
    for (let n = 0; n < 250_000; n++) watchTask(state, task(n));
    // The shift version took tens of seconds here; this takes milliseconds, so a generous bound never flakes.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
