import { iso, type CoreContext } from '../context.js';
import type { CoreOptions } from '../options.js';
import { takeUnseenTasks, type State, type Task } from '../state.js';
import type { ChimeEvent, DueEvent, LoggedEvent } from './chimeEvent.js';
import { pendingOf } from './dueEvents.js';
import { cutoff, listed } from './pending.js';
import { EventLog, keptEvents } from './eventLog.js';

/** Hears each event as it is emitted; `json` is the event's JSON text (what the log keeps), for listeners that send it on. */
export type EventListener = (logged: LoggedEvent, json: string) => void;

/** The emulator's voice analytics events: what is due is worked out from the tasks' timelines when asked. */
export interface EventsApi {
  /** Emits everything due by now, in time order; reads and listeners get it from there. */
  flush(): void;
  /** Events after sequence number `after` (flushed first), the number to ask after next, and how many were not kept. */
  since(after: number, limit?: number): { events: LoggedEvent[]; next: number; dropped: number };
  /** Called with each event as it is emitted; answers the function that stops it. */
  subscribe(listener: EventListener): () => void;
  readonly listening: boolean;
  /** Forgets the tasks followed and the events kept (sequence numbers go on). */
  reset(): void;
  /** A task's timeline changed other than by time (a Stop, a failure, a call's end): look at every task again. */
  changed(): void;
}

/** A listener that throws is the app's bug, not the emulator's: said once per event, and the rest still hear it. */
function tell(listener: EventListener, logged: LoggedEvent, json: string): void {
  try {
    listener(logged, json);
  } catch (e) {
    console.warn(`[chime-conformance] an event listener threw on event ${logged.seq}: ${(e as Error).message}`);
  }
}

/** How often a system clock's due events are emitted while someone listens. */
const tickMs = 100;

export function createEventEngine(state: () => State, options: CoreOptions): EventsApi {
  const log = new EventLog();
  const listeners = new Set<EventListener>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let open = new Map<string, { task: Task; sent: number; nextAt: number }>();
  // Set by changed(): until then a task is asked again only once its nextAt has come.
  let rescan = false;
  // The guide's realistic examples: ids "Id-" and a UUID, times with six fraction digits (ours end in 000).
  const envelope = (e: DueEvent): ChimeEvent => ({
    version: '0',
    id: `Id-${options.newId()}`,
    'detail-type': e.detailType,
    'service-type': 'VoiceAnalytics',
    source: 'aws.chime',
    account: options.accountId,
    time: iso(e.at).replace(/Z$/, '000Z'),
    region: options.region,
    resources: [],
    detail: e.detail,
  });

  /**
   * What is due by now, in time order. When more is due than the log keeps (a long advance over many running
   * tasks), only the latest keptEvents are built: the earlier ones are counted as skipped, never made.
   */
  function due(ctx: CoreContext): { events: DueEvent[]; skipped: number } {
    const ready = listed(ctx.state.unseen.due.splice(0));
    for (const task of takeUnseenTasks(ctx.state)) open.set(task.id, { task, sent: 0, nextAt: -Infinity });
    const all = rescan;
    rescan = false;
    const tasks: { id: string; entry: { task: Task; sent: number; nextAt: number }; pending: ReturnType<typeof pendingOf> }[] = [];
    for (const [id, entry] of open) if (all || entry.nextAt <= ctx.now) tasks.push({ id, entry, pending: pendingOf(ctx, entry.task, entry.sent) });
    const from = cutoff([ready, ...tasks.map((t) => t.pending)], keptEvents);
    const found = ready.takeFrom(from);
    let skipped = ready.countFrom(-Infinity) - found.length;
    for (const { id, entry, pending } of tasks) {
      const count = pending.countFrom(-Infinity);
      const taken = pending.takeFrom(from);
      for (const e of taken) found.push(e);
      entry.sent += count;
      entry.nextAt = pending.nextAt;
      skipped += count - taken.length;
      if (pending.finished) open.delete(id);
    }
    // Stable: what happened at the same instant keeps the order its task gave it (results before completion).
    return { events: found.sort((a, b) => a.at - b.at), skipped };
  }

  const api: EventsApi = {
    flush() {
      const ctx = { state: state(), options, now: options.clock.now() };
      const { events, skipped } = due(ctx);
      // Numbers for what was skipped, so a poller's `dropped` counts it.
      log.skip(skipped);
      for (const e of events) {
        const logged = { seq: log.nextSeq(), event: envelope(e) };
        const json = JSON.stringify(logged.event);
        log.add(logged.seq, json);
        for (const l of listeners) tell(l, logged, json);
      }
    },
    since(after, limit) {
      api.flush();
      return log.since(after, limit);
    },
    subscribe(listener) {
      listeners.add(listener);
      // On a system clock time passes by itself; on a manual one only advance() moves it (and flushes).
      if (options.clock.mode === 'system') timer ??= setInterval(() => api.flush(), tickMs);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== undefined) timer = void clearInterval(timer);
      };
    },
    get listening() {
      return listeners.size > 0;
    },
    changed() {
      rescan = true;
    },
    reset() {
      open = new Map();
      log.clear();
    },
  };
  return api;
}
