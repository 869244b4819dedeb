import type { LoggedEvent } from './chimeEvent.js';

/** Events kept for GET /_chime/events: the latest ones; a poller that falls further behind is told how many it missed. */
export const keptEvents = 10_000;

export class EventLog {
  private readonly kept: LoggedEvent[] = [];
  private last = 0;

  /** The sequence number the next event gets: never reused, also across a reset. */
  nextSeq(): number {
    return ++this.last;
  }

  /** Spends `n` sequence numbers on events that were counted but never made (see EventsApi.flush). */
  skip(n: number): void {
    this.last += n;
  }

  add(e: LoggedEvent): void {
    this.kept.push(e);
    if (this.kept.length > keptEvents) this.kept.splice(0, this.kept.length - keptEvents);
  }

  /**
   * What came after `after` (at most `limit` events, oldest first), the number to ask after next, and how many
   * numbers up to `next` name events that are not kept: fallen out of the log, skipped by a long advance, or
   * forgotten by a reset. Found by halving the kept log, which is in sequence order: no read walks all of it.
   */
  since(after: number, limit = keptEvents): { events: LoggedEvent[]; next: number; dropped: number } {
    let [lo, hi] = [0, this.kept.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.kept[mid] as LoggedEvent).seq <= after) lo = mid + 1;
      else hi = mid;
    }
    const events = this.kept.slice(lo, lo + Math.max(0, limit));
    const next = events.length === limit && lo + limit < this.kept.length ? (events.at(-1) as LoggedEvent).seq : this.last;
    return { events, next, dropped: Math.max(0, next - after - events.length) };
  }

  clear(): void {
    this.kept.length = 0;
  }
}
