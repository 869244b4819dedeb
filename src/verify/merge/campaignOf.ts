import { packageVersion } from '../../cli/packageVersion.js';
import type { SigningMode } from '../../shared/credentials.js';
import type { Campaign } from '../run/events.js';
import type { Selection } from '../run/plan.js';
import { planHash } from './planHash.js';

const sorted = (names: readonly string[]): string[] => [...new Set(names)].sort();

/**
 * What a run's run-start says of its campaign, for merge: the selection as asked (sorted, so that `--ops a,b` and
 * `--ops b,a`, which plan alike, compare equal), the shard, and the plan's identity.
 */
export function campaignOf(s: Selection, o: { readonly runs: number; readonly auth: SigningMode; readonly onAccount?: boolean }): Campaign {
  const selection = {
    service: s.service ?? 'all',
    ops: sorted(s.ops ?? []),
    checks: sorted((s.checks ?? []).map((c) => (typeof c === 'string' ? c : c.name))),
  };
  return {
    version: packageVersion(),
    startedAt: new Date().toISOString(),
    runs: o.runs,
    auth: o.auth,
    onAccount: o.onAccount === true,
    shard: { index: s.shard?.index ?? 1, count: s.shard?.count ?? 1 },
    selection,
    plan: planHash(s),
  };
}
