import { fnv1a } from '../../shared/fnv1a.js';
import { conflict } from './serviceError.js';
import { refuse } from './semantics/semantics.js';
import type { CoreOptions } from './options.js';
import { statusOf } from './lifecycle.js';
import { callKey, targetKey, tokenKey, watchTask, type State, type Task } from './state.js';

/** What an operation handler works with: the store, the options and the time of the request. */
export interface CoreContext {
  readonly state: State;
  readonly options: CoreOptions;
  readonly now: number;
}

export type Input = Readonly<Record<string, unknown>>;

/** The JSON body of a success answer; undefined for the 204 operations. */
export type Handler = (ctx: CoreContext, input: Input) => unknown;

// toISOString costs about a microsecond and most answers carry two timestamps, from few distinct seconds: the
// text up to the second is kept for the last seconds seen (by second mod 64), the milliseconds appended.
const seconds: number[] = new Array<number>(64).fill(-1);
const prefixes: string[] = new Array<string>(64).fill('');
const lastMs = 253402300799999; // 9999-12-31T23:59:59.999Z: later and earlier years are written with a sign

export function iso(epochMs: number): string {
  if (!Number.isInteger(epochMs) || epochMs < 0 || epochMs > lastMs) return new Date(epochMs).toISOString();
  const second = Math.floor(epochMs / 1000);
  const slot = second & 63;
  if (seconds[slot] !== second) {
    prefixes[slot] = new Date(second * 1000).toISOString().slice(0, 20);
    seconds[slot] = second;
  }
  const ms = epochMs - second * 1000;
  return `${prefixes[slot] ?? ''}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/**
 * Runs `create` once per client request token: the same token with the same input gets the resource of its
 * first use, the same token with another input a ConflictException. Without a token, always creates.
 */
export function idempotent(ctx: CoreContext, scope: string, input: Input, create: () => string): string {
  const token = input['ClientRequestToken'];
  if (typeof token !== 'string') return create();
  const { ClientRequestToken: _, ...rest } = input;
  const fingerprint = canonical(rest);
  const key = tokenKey(scope, token);
  const seen = ctx.state.tokens.get(key);
  if (seen) {
    // semantics: idempotency
    if (seen.fingerprint !== fingerprint) throw conflict('The client request token was already used with a different request.');
    return seen.resourceId;
  }
  const resourceId = create();
  ctx.state.tokens.set(key, { fingerprint, resourceId });
  return resourceId;
}

/** Points a client request token at another resource: a spent token's retry that made a new one. */
export function rebindToken(ctx: CoreContext, scope: string, input: Input, resourceId: string): void {
  const token = input['ClientRequestToken'];
  if (typeof token !== 'string') return;
  const key = tokenKey(scope, token);
  const seen = ctx.state.tokens.get(key);
  if (seen) ctx.state.tokens.set(key, { ...seen, resourceId });
}

/** A stable score in [0, 1] for a pair of IDs (FNV-1a), so speaker search results repeat run after run. */
export function score(a: string, b: string): number {
  // Over `${a}|${b}` without building it: a search's first read scores up to 1,000 profiles.
  return scoreOfHash(fnv1a(b, fnv1a('|', fnv1a(a))));
}

/** A 32-bit hash as a score in [0, 1] with three decimals: `score` and callers that hash in parts share it. */
export const scoreOfHash = (h: number): number => Math.round((h / 0xffffffff) * 1000) / 1000;

/**
 * Stores a new task. Under strict semantics only, another task of its kind still active on the same target is a
 * ConflictException: no document says a call holds one task of a kind, and a consumer that starts one per leg
 * (or per event) runs on the documented setting.
 */
export function addTask(ctx: CoreContext, task: Task, what: string): void {
  const key = targetKey(task);
  const previous = ctx.state.tasks.get(ctx.state.latestOnTarget.get(key) ?? '');
  const call = task.transactionId === undefined ? undefined : ctx.state.calls.get(callKey(task.scope, task.transactionId));
  if (previous && !statusOf(previous, ctx.now, ctx.options.lifecycle, call).finished) {
    refuse(ctx, 'oneActiveTask', () => conflict(`Task ${previous.id} is already active on this ${what}.`));
  }
  ctx.state.tasks.set(task.id, task);
  ctx.state.latestOnTarget.set(key, task.id);
  watchTask(ctx.state, task);
}
