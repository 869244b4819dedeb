import type { EmulatorCore } from '../core/createCore.js';
import { eventPoster } from './postEvent.js';

/** Events waiting per URL at most; past it the oldest go, counted in the target's next summary line. */
const queueLimit = 10_000;

export interface EventDelivery {
  /** Stops sending at once (a POST in flight is cut); what was not delivered is said in one line. */
  stop(): void;
}

export interface DeliveryOptions {
  /** How often each target's failures are summed up in one line (default 5 s). */
  readonly summaryMs?: number;
  /** No summary lines; the line at stop still says what was not delivered. */
  readonly quiet?: boolean;
  /** Attempts per event (default 8), the first retry after baseMs (default 100), doubling up to 5 s. */
  readonly retry?: { readonly attempts: number; readonly baseMs: number };
}

/** A target as log lines show it: scheme, host and path; never a query, which may carry a secret. */
export const shownUrl = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
};

/** What went wrong with one target since its last summary line. */
interface Tally {
  undelivered: number;
  dropped: number;
  lastFailure: string;
}

/** One target's queue: one event at a time, in emission order (so in order per call), retried with backoff. */
function target(url: string, retry: { readonly attempts: number; readonly baseMs: number }) {
  const { attempts } = retry;
  const backoff = (attempt: number) => Math.min(5_000, retry.baseMs * 2 ** attempt);
  // Each event's JSON, not its object tree: thousands waiting are flat strings to the garbage collector.
  const queue: string[] = [];
  const tally: Tally = { undelivered: 0, dropped: 0, lastFailure: '' };
  const stopping = new AbortController();
  let sending = false;
  const poster = eventPoster(url);
  const post = (json: string) => poster(json, stopping.signal);
  // Ends at `ms` or at stop, whichever comes first, and leaves no listener behind on the shared stop signal.
  const pause = (ms: number) =>
    new Promise<void>((r) => {
      const done = () => (clearTimeout(timer), stopping.signal.removeEventListener('abort', done), r());
      const timer = setTimeout(done, ms).unref();
      stopping.signal.addEventListener('abort', done, { once: true });
    });
  async function deliver(e: string): Promise<void> {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      const failure = await post(e).then(
        () => undefined,
        (err: Error) => err.message,
      );
      if (failure === undefined || stopping.signal.aborted) return;
      if (attempt + 1 === attempts) {
        Object.assign(tally, { undelivered: tally.undelivered + 1, lastFailure: `${failure}, ${attempts} attempts` });
        return;
      }
      await pause(backoff(attempt));
    }
  }
  async function drain(): Promise<void> {
    sending = true;
    for (let e = queue[0]; e !== undefined && !stopping.signal.aborted; queue.shift(), e = queue[0]) await deliver(e);
    sending = false;
  }
  return {
    url,
    tally,
    push(e: string) {
      queue.push(e);
      if (queue.length > queueLimit) tally.dropped += queue.splice(1, queue.length - queueLimit).length;
      if (!sending) void drain();
    },
    /** Stops, cutting a POST in flight; answers how many events were still waiting (the one being sent included). */
    stop(): number {
      stopping.abort();
      return queue.length;
    },
  };
}

/** One line for a target that had failures since the last one; nothing for one that had none. */
function summaryLine(t: ReturnType<typeof target>, summaryMs: number): string | undefined {
  const { undelivered, dropped, lastFailure } = t.tally;
  if (undelivered === 0 && dropped === 0) return undefined;
  Object.assign(t.tally, { undelivered: 0, dropped: 0 });
  const parts = [undelivered > 0 ? `${undelivered} not delivered (last: ${lastFailure})` : '', dropped > 0 ? `${dropped} dropped, the target being ${queueLimit} behind` : ''];
  return `events to ${shownUrl(t.url)} in the last ${summaryMs / 1000} s: ${parts.filter(Boolean).join('; ')}`;
}

/**
 * POSTs each event the core emits, as JSON, to every URL (serve --events-url): in the background, one queue per
 * target, so a slow or dead target never holds an API answer or another target. Failures are retried with
 * backoff and summed up per target, one line per interval at most, never one per event.
 */
export function deliverEvents(core: EmulatorCore, urls: readonly string[], say: (line: string) => void, options: DeliveryOptions = {}): EventDelivery {
  const summaryMs = options.summaryMs ?? 5_000;
  const targets = urls.map((url) => target(url, options.retry ?? { attempts: 8, baseMs: 100 }));
  const unsubscribe = core.events.subscribe((_, json) => targets.forEach((t) => t.push(json)));
  const summarise = () => {
    for (const t of targets) {
      const line = summaryLine(t, summaryMs);
      if (line && !options.quiet) say(line);
    }
  };
  const timer = setInterval(summarise, summaryMs).unref();
  return {
    stop() {
      unsubscribe();
      clearInterval(timer);
      summarise();
      const waiting = targets.reduce((n, t) => n + t.stop(), 0);
      if (waiting > 0) say(`events: ${waiting} event(s) not delivered at shutdown`);
    },
  };
}
