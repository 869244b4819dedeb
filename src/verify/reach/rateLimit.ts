/** Time as the limiter and the retries see it: the real clock, or a test's. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A gate every request of a run passes (retries too), `perSecond` at most: each is given the next free slot,
 * slots 1/perSecond apart. Slots, not a bucket: a target that publishes a limit counts bursts against it, so
 * none is ever sent, and a slot a quiet moment left unused is not saved up for later.
 */
export function rateLimit(perSecond: number, clock: Clock = realClock): () => Promise<void> {
  const gapMs = 1000 / perSecond;
  let next = -Infinity;
  return async () => {
    const now = clock.now();
    const slot = Math.max(now, next);
    next = slot + gapMs;
    if (slot > now) await clock.sleep(slot - now);
  };
}
