import { firstIndex } from '../../../shared/firstIndex.js';
import type { LoggedEvent } from './chimeEvent.js';

/** Events kept for GET /_chime/events: the latest ones; a poller that falls further behind is told how many it missed. */
export const keptEvents = 10_000;

/** An event as the log keeps it: its JSON, one flat string, which costs the garbage collector next to nothing to keep. */
interface Kept {
  readonly seq: number;
  readonly json: string;
}

/**
 * The latest keptEvents events, in sequence order. Kept as JSON text, not as the object trees listeners get:
 * thousands of trees made at once by a long advance, all surviving, made each young-generation collection copy
 * them all (20 to 30 ms pauses of the API while they were delivered). Reads parse the page they answer.
 */
export class EventLog {
  private kept: Kept[] = [];
  // Where the log starts in `kept`: what fell out of it is cut off in one go, not one element per event added.
  private start = 0;
  private last = 0;

  /** The sequence number the next event gets: never reused, also across a reset. */
  nextSeq(): number {
    return ++this.last;
  }

  /** Spends `n` sequence numbers on events that were counted but never made (see EventsApi.flush). */
  skip(n: number): void {
    this.last += n;
  }

  add(seq: number, json: string): void {
    this.kept.push({ seq, json });
    this.start = Math.max(this.start, this.kept.length - keptEvents);
    if (this.start < keptEvents) return;
    this.kept = this.kept.slice(this.start);
    this.start = 0;
  }

  /**
   * What came after `after` (at most `limit` events, oldest first), the number to ask after next, and how many
   * numbers up to `next` name events that are not kept: fallen out of the log, skipped by a long advance, or
   * forgotten by a reset. Found by halving the kept log, which is in sequence order: no read walks all of it.
   */
  since(after: number, limit = keptEvents): { events: LoggedEvent[]; next: number; dropped: number } {
    // Nothing asked for: nothing answered, and the same place to ask from next.
    if (!(limit >= 1)) return { events: [], next: after, dropped: 0 };
    const lo = firstIndex(this.start, this.kept.length, (i) => (this.kept[i] as Kept).seq <= after);
    const page = this.kept.slice(lo, lo + limit);
    const events = page.map((k): LoggedEvent => ({ seq: k.seq, event: JSON.parse(k.json) as LoggedEvent['event'] }));
    const next = page.length === limit && lo + limit < this.kept.length ? (page.at(-1) as Kept).seq : this.last;
    return { events, next, dropped: Math.max(0, next - after - events.length) };
  }

  clear(): void {
    this.kept = [];
    this.start = 0;
  }
}
