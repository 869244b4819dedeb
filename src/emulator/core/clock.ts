/** Where the emulator reads the time: the system clock, or a stepped one that tests move by hand. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface SteppedClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

/** A clock that only moves when told to, so lifecycle tests are deterministic. */
export function steppedClock(start = Date.parse('2026-11-22T10:00:00.000Z')): SteppedClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      if (!(ms >= 0)) throw new RangeError('chime-conformance: a stepped clock never goes backwards');
      t += ms;
    },
    set: (epochMs) => {
      if (epochMs < t) throw new RangeError('chime-conformance: a stepped clock never goes backwards');
      t = epochMs;
    },
  };
}
