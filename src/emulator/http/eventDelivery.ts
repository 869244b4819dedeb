import type { EmulatorCore } from '../core/createCore.js';
import type { LoggedEvent } from '../core/events/chimeEvent.js';

/** Events waiting per URL at most; past it the oldest go, and the log says how many. */
const queueLimit = 10_000;
const attempts = 8;
const backoff = (attempt: number) => Math.min(5_000, 100 * 2 ** attempt);

export interface EventDelivery {
  /** Stops sending; what was not sent yet is dropped, and said in one line. */
  stop(): void;
}

/** One target's queue: sends one event at a time, in emission order (so in order per call), retrying with backoff. */
function target(url: string, say: (line: string) => void) {
  const queue: LoggedEvent[] = [];
  let sending = false;
  let stopped = false;
  const post = (e: LoggedEvent) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e.event), signal: AbortSignal.timeout(10_000) }).then((res) => {
      // The body is read off before the retry, or the connection stays held until garbage collection.
      if (res.status >= 300) return res.body?.cancel().then(() => Promise.reject(new Error(`answered ${res.status}`)));
      return res.body?.cancel();
    });
  async function drain(): Promise<void> {
    sending = true;
    for (let e = queue[0]; e !== undefined && !stopped; queue.shift(), e = queue[0]) {
      for (let attempt = 0; ; attempt++) {
        const failure = await post(e).then(
          () => undefined,
          (err: Error) => err.message,
        );
        if (failure === undefined || stopped) break;
        if (attempt + 1 === attempts) {
          say(`events: gave up on event ${e.seq} for ${url} after ${attempts} attempts (${failure})`);
          break;
        }
        await new Promise((r) => setTimeout(r, backoff(attempt)));
      }
    }
    sending = false;
  }
  return {
    push(e: LoggedEvent) {
      queue.push(e);
      if (queue.length > queueLimit) say(`events: ${url} is ${queue.splice(1, queue.length - queueLimit).length} event(s) behind; the oldest waiting were dropped`);
      if (!sending) void drain();
    },
    /** Stops; answers how many events were still waiting (the one being sent included). */
    stop(): number {
      stopped = true;
      return queue.length;
    },
  };
}

/**
 * POSTs each event the core emits, as JSON, to every URL (serve --events-url): in the background, so a slow or
 * dead target never holds an API answer; failures are retried with backoff, then reported in one line.
 */
export function deliverEvents(core: EmulatorCore, urls: readonly string[], say: (line: string) => void): EventDelivery {
  const targets = urls.map((url) => target(url, say));
  const unsubscribe = core.events.subscribe((e) => targets.forEach((t) => t.push(e)));
  return {
    stop() {
      unsubscribe();
      const waiting = targets.reduce((n, t) => n + t.stop(), 0);
      if (waiting > 0) say(`events: ${waiting} event(s) not delivered at shutdown`);
    },
  };
}
