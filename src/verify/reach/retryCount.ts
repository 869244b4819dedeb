import { AsyncLocalStorage } from 'node:async_hooks';

interface Scope {
  retries: number;
  /** Backoffs under way, since when, and the time so far during which at least one was. */
  waiting: number;
  since: number;
  waitedMs: number;
}

const scopes = new AsyncLocalStorage<Scope>();

/**
 * Runs a cell, counting the retries of every request sent in it, however deep (its setup steps, and what shared
 * setup it happened to start): a context rather than a counter passed down, since the retries happen in the
 * reach layer, which knows nothing of cells.
 */
export async function countingRetries<T>(run: () => Promise<T>): Promise<{ readonly value: T; readonly retries: number }> {
  const scope: Scope = { retries: 0, waiting: 0, since: 0, waitedMs: 0 };
  const value = await scopes.run(scope, run);
  return { value, retries: scope.retries };
}

/** A request waits out its backoff before it is sent again: the cell it belongs to, if any, counts it. */
export async function backingOff(wait: Promise<void>): Promise<void> {
  const scope = scopes.getStore();
  if (!scope) return wait;
  scope.retries++;
  if (scope.waiting++ === 0) scope.since = performance.now();
  try {
    await wait;
  } finally {
    if (--scope.waiting === 0) scope.waitedMs += performance.now() - scope.since;
  }
}

/**
 * How long the current cell has spent with some request waiting out a backoff, in wall time (waits side by
 * side, such as concurrent twins', count once): what throttling cost it, told apart from the target's speed.
 */
export function waitedMs(): number {
  const scope = scopes.getStore();
  if (!scope) return 0;
  return scope.waitedMs + (scope.waiting > 0 ? performance.now() - scope.since : 0);
}
