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

  add(e: LoggedEvent): void {
    this.kept.push(e);
    if (this.kept.length > keptEvents) this.kept.splice(0, this.kept.length - keptEvents);
  }

  /** What came after `after`, the number to ask after next, and how many of those are no longer kept. */
  since(after: number): { events: LoggedEvent[]; next: number; dropped: number } {
    const first = this.kept[0]?.seq ?? this.last + 1;
    const events = this.kept.filter((e) => e.seq > after);
    return { events, next: this.last, dropped: Math.max(0, first - after - 1) };
  }

  clear(): void {
    this.kept.length = 0;
  }
}
