import { documentedRetention } from '../../emulator/core/options.js';

const day = 86_400_000;

/**
 * The longest gap passed on a clock that is advanced: the service's longest retention window (voice profiles, 3
 * years after their last update; voiceprints 24 h and task results 7 days are within it) and a day more, for a task
 * started just before the gap to finish (minutes) and its window to start. Past that every window that was open has
 * closed, so a longer gap changes no answer; a shorter cap (a week) would keep alive a profile the service had let
 * expire. The cap bounds the advances a gap costs (a day each) at 1096 instead of the 3.6 million a recording
 * dated 0001 to 9999 would ask for.
 */
export const advancedGapCapMs = Math.max(...Object.values(documentedRetention)) + day;

/** The time to let pass before an exchange, and what the recording had there when that was cut. */
export interface TimeGap {
  readonly passMs: number;
  /** The recorded gap, when a cap cut it. */
  readonly cappedFromMs?: number;
}

/**
 * The gap between two recorded exchanges' starts, replayed as time passing on the target. On a clock that is
 * advanced (`capMs` undefined) the gap passes at once, up to advancedGapCapMs. On one that is waited for, the gap
 * is cut at `capMs` (an hour-long pause in a recording would stall the replay for an hour) and what the replay
 * itself took since the previous exchange started counts towards it. Exchanges recorded out of order (concurrent
 * requests) have no gap.
 */
export function timeGap(previousStartedAt: string, startedAt: string, o: { readonly capMs?: number; readonly elapsedMs?: number } = {}): TimeGap {
  const recorded = Date.parse(startedAt) - Date.parse(previousStartedAt);
  if (!(recorded > 0)) return { passMs: 0 };
  const cap = o.capMs ?? advancedGapCapMs;
  const passMs = Math.max(0, Math.min(recorded, cap) - (o.elapsedMs ?? 0));
  return recorded > cap ? { passMs, cappedFromMs: recorded } : { passMs };
}
