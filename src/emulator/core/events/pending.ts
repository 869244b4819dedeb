import { firstIndex } from '../../../shared/firstIndex.js';
import type { DueEvent } from './chimeEvent.js';

/**
 * What one source (a task, or the calls) has due and not emitted yet, counted before it is built: a long
 * advance can make millions of events due at once, of which only the latest few thousand are ever kept.
 */
export interface Pending {
  /** How many of its due events happen at or after `from` (all of them from -Infinity). */
  countFrom(from: number): number;
  /** Its due events at or after `from`, in time order; the earlier ones are passed over, never built. */
  takeFrom(from: number): DueEvent[];
  /**
   * When its next event falls due if nothing but time changes (Infinity: only a Stop, a failure or the end
   * of a call can bring one). Until then, and until such a change, it need not be asked again.
   */
  readonly nextAt: number;
  /** Its task has ended: once what is due now is taken, nothing more comes from it. */
  readonly finished: boolean;
}

/** The first index of a time-sorted list whose event is at or after `from`. */
const firstAtOrAfter = (events: readonly DueEvent[], from: number) => firstIndex(0, events.length, (i) => (events[i] as DueEvent).at < from);

/** Events already built (a speaker search's two, the calls' AnalyticsReady), sorted by time once (stably). */
export function listed(events: DueEvent[], nextAt = Infinity, finished = false): Pending {
  const sorted = events.sort((a, b) => a.at - b.at);
  return {
    nextAt,
    finished,
    countFrom: (from) => sorted.length - firstAtOrAfter(sorted, from),
    takeFrom: (from) => sorted.slice(firstAtOrAfter(sorted, from)),
  };
}

/** The time-line's ends in whole milliseconds: the cut-off search runs between them. */
const earliest = -8.64e15;
const latest = 8.64e15;

/**
 * The earliest time from which at most `budget` events are due across the sources: -Infinity when they all
 * fit. What lies before it is counted and dropped, as the event log would drop it anyway.
 */
export function cutoff(sources: readonly Pending[], budget: number): number {
  const countFrom = (from: number) => sources.reduce((n, s) => n + s.countFrom(from), 0);
  if (countFrom(-Infinity) <= budget) return -Infinity;
  return firstIndex(earliest, latest, (from) => countFrom(from) > budget);
}
