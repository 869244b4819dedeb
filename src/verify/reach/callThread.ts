import type { Worker } from 'node:worker_threads';
import { NoAnswer } from './answerLimits.js';
import { reviveError, type ThreadMessage } from './threadMessages.js';

export interface ThreadCalls {
  /** Hands `arg` to the thread's handler of `kind`; settles as that handler did. */
  call<T>(kind: string, arg: unknown): Promise<T>;
  /** What the thread said once ready; rejects if it stopped before that. */
  readonly ready: Promise<unknown>;
}

/**
 * The run's side of a worker that answers calls (answerCalls.ts). The thread is held open while calls are out
 * and only then, so a run that is done never waits for it. Once it stops (an exit, an uncaught error), every
 * call out and every later one fails at once with `code`, which the run's fuse (stopWhenGone) takes for a
 * connection failure: nothing more can be sent. With `deadlineMs`, a call unanswered that long fails with
 * NoAnswer (a thread that hangs never holds the run): one watch a quarter of the deadline apart, not a timer a call.
 */
export function callThread(worker: Worker, name: string, code: string, deadlineMs?: number): ThreadCalls {
  const pending = new Map<number, { resolve: (x: unknown) => void; reject: (e: Error) => void; due: number }>();
  worker.unref();
  let next = 0;
  let stopped: Error | undefined;
  let isReady: (said: unknown, e?: Error) => void = () => undefined;
  const ready = new Promise<unknown>((resolve, reject) => (isReady = (said, e) => (e ? reject(e) : resolve(said))));
  // Handled here too: a thread closed before it was ready is no unhandled rejection; callers that wait still see it.
  ready.catch(() => undefined);
  const settle = (id: number) => {
    const call = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return call;
  };
  worker.on('message', (m: ThreadMessage) => {
    if ('ready' in m) return isReady(m.ready);
    const call = settle(m.id);
    if ('value' in m) call?.resolve(m.value);
    else call?.reject(reviveError(m.error));
  });
  // Calls are kept in the order they went out: the first one not yet due ends the watch.
  const overdue = () => {
    const now = performance.now();
    for (const [id, c] of pending) {
      if (c.due > now) break;
      settle(id)?.reject(new NoAnswer(`no answer within ${(deadlineMs ?? 0) / 1000} s from ${name}`));
    }
  };
  const watch = deadlineMs === undefined ? undefined : setInterval(overdue, Math.max(10, deadlineMs / 4)).unref();
  const stop = (e: Error) => {
    clearInterval(watch);
    stopped ??= Object.assign(e, { code });
    isReady(undefined, stopped);
    for (const id of [...pending.keys()]) settle(id)?.reject(stopped);
  };
  worker.on('error', (e) => stop(new Error(`chime-conformance: ${name} failed: ${e.message}`)));
  worker.on('exit', (exit) => stop(new Error(`chime-conformance: ${name} stopped (exit ${exit})`)));
  const call = <T>(kind: string, arg: unknown) =>
    new Promise<T>((resolve, reject) => {
      // A stopped worker drops what is posted to it: the call would never be answered.
      if (stopped) return reject(stopped);
      const id = next++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve: resolve as (x: unknown) => void, reject, due: deadlineMs === undefined ? Infinity : performance.now() + deadlineMs });
      try {
        worker.postMessage({ id, kind, arg });
      } catch (e) {
        // An argument that cannot be copied (a function, a symbol) is the caller's mistake, said as it is.
        settle(id)?.reject(e as Error);
      }
    });
  return { call, ready };
}
