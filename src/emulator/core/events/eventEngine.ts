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
  /**
   * Emits everything due by now, in time order; reads and listeners get it from there. While a flush runs in
   * slices, it follows that one (listeners' requests and the system clock's tick ask this way).
   */
  flush(): void;
  /** Emits everything due by now at once, the rest of a flush running in slices first (reads and one-step advances). */
  settle(): void;
  /**
   * flush, worked out and emitted in slices of a few milliseconds with the event loop let through between them:
   * a server keeps answering while a long advance's events are made. Flushes run one at a time, in order.
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

/** A plan being worked out: the next source to build from, what was built, whether it is sorted, how much is emitted. */
interface Job {
  readonly plan: Plan;
  next: number;
  readonly found: DueEvent[];
  sorted: boolean;
  emitted: number;
}

export function createEventEngine(state: () => State, options: CoreOptions): EventsApi {
  const log = new EventLog();
  const listeners = new Set<EventListener>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let open = new Map<string, { task: Task; sent: number; nextAt: number }>();
  // Set by changed(): until then a task is asked again only once its nextAt has come.
  let rescan = false;
  // The flush being worked out in slices, if any, and its run; whether a flush was asked for meanwhile.
  let job: Job | undefined;
  let running: Promise<void> | undefined;
  let wanted = false;
  // Resets so far: a flush that sees the count change stops, its events forgotten with the rest.
  let resetCount = 0;
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

  /**
   * Works a job on until it is done (true) or `enough()` says to stop for now (false). Resumable: the slices of
   * flushInSlices and a settle that finishes the job at once go on from the same place.
   */
  function work(j: Job, enough: () => boolean): boolean {
    while (j.next < j.plan.sources.length) {
      for (const e of (j.plan.sources[j.next++] as Pending).takeFrom(j.plan.from)) j.found.push(e);
      if (enough()) return false;
    }
    if (!j.sorted) {
      j.found.sort(byTime);
      // Numbers for what was skipped, so a poller's `dropped` counts it.
      log.skip(j.plan.skipped);
      j.sorted = true;
    }
    while (j.emitted < j.found.length) {
      emit(j.found[j.emitted++] as DueEvent);
      if (enough()) return false;
    }
    return true;
  }

  /** A job of everything due by now, nothing of it built yet. */
  const newJob = (): Job => ({ plan: plan(now()), next: 0, found: [], sorted: false, emitted: 0 });

  /**
   * Everything due by now, in one piece: the running job's rest first, so that no event comes out of order. Each
   * stops where a reset (a listener's) drops it, as a job in slices does.
   */
  function settle(): void {
    const resets = resetCount;
    const dropped = () => resetCount !== resets;
    if (job) work(job, dropped);
    job = undefined;
    if (!dropped()) work(newJob(), dropped);
  }

  const api: EventsApi = {
    flush() {
      // A flush a listener's request or the tick asks for while a job runs in slices follows the job.
      if (job) return void (wanted = true);
      settle();
    },
    settle,
    async flushInSlices() {
      while (running) await running.catch(() => undefined);
      const j = newJob();
      job = j;
      const slice = slices(sliceMs);
      // Done when the job is, or when it is no longer the job: a reset dropped it, or a settle finished it.
      const run = async () => {
        while (job === j && !work(j, () => job !== j || slice.due())) await slice.pause();
      };
      running = run();
      try {
        await running;
      } finally {
        if (job === j) job = undefined;
        running = undefined;
        const again = wanted;
        wanted = false;
        if (again) settle();
      }
    },
    since(after, limit) {
      // A read waits for what is due: the rest of an advance in slices too, so no page misses part of it.
      settle();
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
      resetCount++;
      job = undefined;
      open = new Map();
      log.clear();
    },
  };
  return api;
}
