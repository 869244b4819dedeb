import type { EmulatorCore } from '../core/createCore.js';
import type { LoggedEvent } from '../core/events/chimeEvent.js';

/** Events waiting per URL at most; past it the oldest go, and the log says how many. */
const queueLimit = 10_000;
const attempts = 8;
const backoff = (attempt: number) => Math.min(5_000, 100 * 2 ** attempt);

export interface EventDelivery {
  /** Stops sending; what was not sent yet is dropped. */
  stop(): void;
}

/** One target's queue: sends one event at a time, in emission order (so in order per call), retrying with backoff. */
function target(url: string, say: (line: string) => void) {
  const queue: LoggedEvent[] = [];
  let sending = false;
  let stopped = false;
  const post = (e: LoggedEvent) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e.event), signal: AbortSignal.timeout(10_000) }).then((res) => {
      if (res.status >= 300) throw new Error(`answered ${res.status}`);
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
    stop: () => void (stopped = true),
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
      targets.forEach((t) => t.stop());
    },
  };
}
