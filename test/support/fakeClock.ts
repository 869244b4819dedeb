import type { Clock } from '../../src/verify/reach/rateLimit.js';

/** Lets every promise chain run up to its next sleep. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

/**
 * A clock that moves only when told: sleeps are recorded, and run() jumps from one to the next in time order.
 * Rates and backoffs are then checked exactly, never against a wall clock that a loaded machine would slow.
 */
export function fakeClock() {
  let t = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const slept: number[] = [];
  const clock: Clock = {
    now: () => t,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        slept.push(ms);
        timers.push({ at: t + ms, wake });
      }),
  };
  /** Runs `work` to its end, moving the clock to each sleep's end in turn. */
  async function run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => (done = true));
    result.catch(() => undefined);
    for (await settle(); !done; await settle()) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (!next) throw new Error('fakeClock: the work waits on something other than the clock');
      t = Math.max(t, next.at);
      next.wake();
    }
    return result;
  }
  return { clock, slept, run, now: () => t };
}
