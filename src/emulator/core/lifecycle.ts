import type { LifecycleTimings } from './options.js';
import type { Call, Task } from './state.js';

export interface TaskStatus {
  readonly status: string;
  // semantics: timestamps
  /** When the current status began: UpdatedTimestamp. Never before the previous one. */
  readonly since: number;
  /** Voice: when the task left the queue, once it has. */
  readonly startedAt?: number;
  readonly finished: boolean;
}

/** Media Pipelines: NotStarted → Initializing → InProgress → Stopping → Stopped, or Failed. */
// semantics: mediaPipelinesLifecycle
function mediaPipelinesStatus(task: Task, now: number, t: LifecycleTimings): TaskStatus {
  // A final status never changes: a failure after the task stopped does not count.
  const stoppedBy = task.stoppedAt === undefined ? Infinity : task.stoppedAt + t.stoppingMs;
  if (task.failedAt !== undefined && task.failedAt < stoppedBy) return { status: 'Failed', since: task.failedAt, finished: true };
  if (task.stoppedAt !== undefined) {
    const stopped = task.stoppedAt + t.stoppingMs;
    return now < stopped ? { status: 'Stopping', since: task.stoppedAt, finished: false } : { status: 'Stopped', since: stopped, finished: true };
  }
  const initializing = task.createdAt + t.notStartedMs;
  const inProgress = initializing + t.initializingMs;
  if (now < initializing) return { status: 'NotStarted', since: task.createdAt, finished: false };
  if (now < inProgress) return { status: 'Initializing', since: initializing, finished: false };
  return { status: 'InProgress', since: inProgress, finished: false };
}

/** Voice: IN_QUEUE → IN_PROGRESS → SUCCEEDED / PARTIAL_SUCCESS (call ended first) / FAILED / STOPPED. */
// semantics: voiceLifecycle
function voiceStatus(task: Task, now: number, t: LifecycleTimings, call: Call | undefined): TaskStatus {
  const startedAt = task.createdAt + t.queuedMs;
  const started = now >= startedAt ? { startedAt } : {};
  const done = task.kind === 'speaker-search' ? startedAt + t.speakerSearchMs : Infinity;
  const ended = call?.endedAt !== undefined && call.endedAt <= now ? call.endedAt : Infinity;
  const events: [number, string][] = [
    [task.failedAt ?? Infinity, 'FAILED'],
    [task.stoppedAt ?? Infinity, 'STOPPED'],
    [done, 'SUCCEEDED'],
    [ended, task.kind === 'speaker-search' ? 'PARTIAL_SUCCESS' : 'SUCCEEDED'],
  ];
  const [at, status] = events.filter(([when]) => when <= now).sort((a, b) => a[0] - b[0])[0] ?? [Infinity, ''];
  // A task that ended in the queue never started.
  if (status) return { status, since: Math.max(at, task.createdAt), ...(at >= startedAt ? started : {}), finished: true };
  if (now < startedAt) return { status: 'IN_QUEUE', since: task.createdAt, finished: false };
  return { status: 'IN_PROGRESS', since: startedAt, ...started, finished: false };
}

/** A task's status at `now`, worked out from its timeline: nothing is stored that could go stale. */
export function statusOf(task: Task, now: number, timings: LifecycleTimings, call?: Call): TaskStatus {
  return task.service === 'media-pipelines' ? mediaPipelinesStatus(task, now, timings) : voiceStatus(task, now, timings, call);
}
