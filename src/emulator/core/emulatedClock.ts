import { steppedClock, systemClock, type Clock } from './clock.js';

export type ClockMode = 'system' | 'manual';

/**
 * The emulator's own time. `system` follows the machine's clock plus whatever was advanced; `manual` stands
 * still until advanced, so a test decides when a search succeeds or a voiceprint expires.
 */
export interface EmulatedClock extends Clock {
  readonly mode: ClockMode;
  /** Moves the emulator's time forward by `ms` (never back) and answers the new now. */
  advance(ms: number): number;
}

const isStepped = (c: Clock): c is Clock & { advance(ms: number): void } => typeof (c as { advance?: unknown }).advance === 'function';

/** The clock a core runs on, from a mode or from a clock of the caller's (a stepped clock counts as manual). */
export function emulatedClock(given: Clock | ClockMode = 'system'): EmulatedClock {
  if (given === 'manual') return emulatedClock(steppedClock(Date.now()));
  const base = given === 'system' ? systemClock : given;
  if (isStepped(base)) {
    return { mode: 'manual', now: () => base.now(), advance: (ms) => (base.advance(ms), base.now()) };
  }
  let offset = 0;
  return {
    mode: 'system',
    now: () => base.now() + offset,
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError('chime-conformance: the emulated clock never goes backwards');
      offset += ms;
      return base.now() + offset;
    },
  };
}
