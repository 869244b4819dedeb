import { iso, type CoreContext } from '../context.js';
import type { CoreOptions } from '../options.js';
import { takeUnseenTasks, type State, type Task } from '../state.js';
import type { ChimeEvent, DueEvent, LoggedEvent } from './chimeEvent.js';
import { pendingOf } from './dueEvents.js';
import { cutoff, listed, type Pending } from './pending.js';
import { slices } from '../../../shared/slices.js';
import { EventLog, keptEvents } from './eventLog.js';

/** Hears each event as it is emitted; `json` is the event's JSON text (what the log keeps), for listeners that send it on. */
export type EventListener = (logged: LoggedEvent, json: string) => void;

/** The emulator's voice analytics events: what is due is worked out from the tasks' timelines when asked. */
export interface EventsApi {
  /** Emits everything due by now, in time order; reads and listeners get it from there. */
  flush(): void;
  /**
   * flush, worked out and emitted in slices of a few milliseconds with the event loop let through between them:
   * a server keeps answering while a long advance's events are made. Meanwhile reads answer what is emitted so
   * far, and a flush asked for runs when this one ends.
   */
  flushInSlices(): Promise<void>;
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
/** How long flushInSlices works before letting other requests through. */
const sliceMs = 8;

/** Stable: what happened at the same instant keeps the order its task gave it (results before completion). */
const byTime = (a: DueEvent, b: DueEvent) => a.at - b.at;

interface Plan {
  readonly sources: readonly Pending[];
  readonly from: number;
  readonly skipped: number;
}

export function createEventEngine(state: () => State, options: CoreOptions): EventsApi {
  const log = new EventLog();
  const listeners = new Set<EventListener>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let open = new Map<string, { task: Task; sent: number; nextAt: number }>();
  // Set by changed(): until then a task is asked again only once its nextAt has come.
  let rescan = false;
  // The flush running in slices, if any; whether a flush was asked for meanwhile; resets so far (one abandons it).
  let running: Promise<void> | undefined;
  let wanted = false;
  let resets = 0;
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
   * What is due by now, planned from counts alone: each source with what it has due, the cut-off from which
   * events are built, and how many numbers go to events never made. When more is due than the log keeps (a long
   * advance over many running tasks), only the latest keptEvents are built: the earlier ones are counted as
   * skipped, never made. Each task's place is moved on here, so building the plan later needs no more bookkeeping.
   */
  function plan(ctx: CoreContext): Plan {
    const ready = listed(ctx.state.unseen.due.splice(0));
    for (const task of takeUnseenTasks(ctx.state)) open.set(task.id, { task, sent: 0, nextAt: -Infinity });
    const all = rescan;
    rescan = false;
    const asked: { id: string; entry: { task: Task; sent: number; nextAt: number }; pending: Pending }[] = [];
    for (const [id, entry] of open) if (all || entry.nextAt <= ctx.now) asked.push({ id, entry, pending: pendingOf(ctx, entry.task, entry.sent) });
    const sources = [ready, ...asked.map((a) => a.pending)];
    const from = cutoff(sources, keptEvents);
    let skipped = 0;
    for (const source of sources) skipped += source.countFrom(-Infinity) - source.countFrom(from);
    for (const { id, entry, pending } of asked) {
      entry.sent += pending.countFrom(-Infinity);
      entry.nextAt = pending.nextAt;
      if (pending.finished) open.delete(id);
    }
    return { sources, from, skipped };
  }

  function emit(e: DueEvent): void {
    const logged = { seq: log.nextSeq(), event: envelope(e) };
    const json = JSON.stringify(logged.event);
    log.add(logged.seq, json);
    for (const l of listeners) tell(l, logged, json);
  }

  const now = (): CoreContext => ({ state: state(), options, now: options.clock.now() });

  /** A plan's events, worked out and emitted a slice at a time (flushInSlices); abandoned if a reset comes between. */
  async function sliced(p: Plan, generation: number): Promise<void> {
    const slice = slices(sliceMs);
    const gone = async () => (await slice.pause(), generation !== resets);
    const found: DueEvent[] = [];
    for (const source of p.sources) {
      for (const e of source.takeFrom(p.from)) found.push(e);
      if (slice.due() && (await gone())) return;
    }
    log.skip(p.skipped);
    for (const e of found.sort(byTime)) {
      emit(e);
      if (slice.due() && (await gone())) return;
    }
  }

  const api: EventsApi = {
    flush() {
      // One at a time, in order: a flush asked for while one runs in slices follows it.
      if (running) return void (wanted = true);
      const p = plan(now());
      const found: DueEvent[] = [];
      for (const source of p.sources) for (const e of source.takeFrom(p.from)) found.push(e);
      // Numbers for what was skipped, so a poller's `dropped` counts it.
      log.skip(p.skipped);
      for (const e of found.sort(byTime)) emit(e);
    },
    async flushInSlices() {
      while (running) await running;
      running = sliced(plan(now()), resets);
      try {
        await running;
      } finally {
        running = undefined;
        const again = wanted;
        wanted = false;
        if (again) api.flush();
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
      resets++;
      open = new Map();
      log.clear();
    },
  };
  return api;
}
