import { statusOf } from '../lifecycle.js';
import type { CoreOptions } from '../options.js';
import { callKey, type State } from '../state.js';
import { callView, type CallView } from './calls.js';

/** IDs listed per kind at most: a deep run holds a million tasks, and this answer is for a person reading it. */
const listed = 1000;

interface Listing<T> {
  readonly count: number;
  /** The first 1000, in the order they were made. */
  readonly items: readonly T[];
}

export interface StateSnapshot {
  readonly now: string;
  readonly clock: 'system' | 'manual';
  readonly pipelines: Listing<string>;
  readonly voiceConnectors: Listing<string>;
  readonly calls: Listing<CallView>;
  readonly tasks: Listing<{ taskId: string; service: string; kind: string; status: string }> & { readonly byStatus: Record<string, number> };
  readonly voiceProfileDomains: Listing<string>;
  readonly voiceProfiles: Listing<string> & { readonly expired: number };
}

function listing<T, U>(values: Iterable<T>, count: number, show: (v: T) => U): Listing<U> {
  const items: U[] = [];
  for (const v of values) {
    if (items.length === listed) break;
    items.push(show(v));
  }
  return { count, items };
}

/** What the emulator holds now, for debugging a test from outside the process (GET /_chime/state). */
export function snapshot(state: State, options: CoreOptions): StateSnapshot {
  const now = options.clock.now();
  const byStatus: Record<string, number> = {};
  const statusOfTask = (t: Parameters<typeof statusOf>[0]) => statusOf(t, now, options.lifecycle, state.calls.get(callKey(t.scope, t.transactionId ?? ''))).status;
  for (const t of state.tasks.values()) {
    const s = statusOfTask(t);
    byStatus[s] = (byStatus[s] ?? 0) + 1;
  }
  let expired = 0;
  for (const p of state.profiles.values()) if (p.expiresAt <= now) expired++;
  return {
    now: new Date(now).toISOString(),
    clock: options.clock.mode,
    pipelines: listing(state.pipelines, state.pipelines.size, (id) => id),
    voiceConnectors: listing(state.connectors, state.connectors.size, (id) => id),
    calls: listing(state.calls, state.calls.size, ([key, call]) => {
      const [vc = '', tx = ''] = key.split(/\/(.*)/s);
      return callView(vc, tx, call, now);
    }),
    tasks: { ...listing(state.tasks.values(), state.tasks.size, (t) => ({ taskId: t.id, service: t.service, kind: t.kind, status: statusOfTask(t) })), byStatus },
    voiceProfileDomains: listing(state.domains.keys(), state.domains.size, (id) => id),
    voiceProfiles: { ...listing(state.profiles.keys(), state.profiles.size, (id) => id), expired },
  };
}
