import type { CellEvent, RunEndEvent, RunStartEvent, VerifyEvent } from '../run/events.js';
import { campaignCells } from './campaignCells.js';
import { MergeRefused } from './mergeRefused.js';
import type { Shard } from './readShard.js';
import { sameCampaign } from './sameCampaign.js';
import { shardCoverage } from './shardCoverage.js';

/** A campaign joined from its shards: the events one unsharded run would have reported, and what is missing. */
export interface Merged {
  /** The shards given, by index. */
  readonly shards: readonly Shard[];
  /** Shard indexes of the campaign no report was given for: a campaign with any has no verdict but its failures. */
  readonly missing: readonly number[];
  readonly start: RunStartEvent;
  readonly cells: readonly CellEvent[];
  readonly end: RunEndEvent;
  readonly cleanups: readonly Extract<VerifyEvent, { type: 'cleanup' }>[];
}

/**
 * Joins shards of one campaign: the cells in the unsharded plan's order, counted as runVerify counts them. The
 * run's time is the longest shard's (shards run side by side), its start the earliest; endpoints, when each job
 * had its own, are listed (the reports already hide their credentials).
 */
export function mergeShards(given: readonly Shard[]): Merged {
  const [first] = given;
  if (first === undefined) throw new MergeRefused('no report to merge', 'give the json= report of every shard');
  sameCampaign(given);
  const { byIndex, missing } = shardCoverage(given);
  const cells = campaignCells(first, byIndex);
  const shards = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i) as Shard);
  const count = (status: string) => cells.filter((c) => c.outcome.status === status).length;
  const left = shards.reduce((n, s) => n + (s.end.notTornDown ?? 0), 0);
  const end: RunEndEvent = {
    type: 'run-end',
    conformant: count('fail') === 0 && count('inconclusive') === 0 && missing.length === 0,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    inconclusive: count('inconclusive'),
    ms: Math.max(...shards.map((s) => s.end.ms)),
    ...(left > 0 ? { notTornDown: left } : {}),
  };
  const endpoints = [...new Set(shards.map((s) => s.start.endpoint))];
  const start: RunStartEvent = {
    ...first.start,
    endpoint: first.start.embedded ? first.start.endpoint : endpoints.join(', '),
    cells: cells.length,
    shard: { index: 1, count: 1 },
    startedAt: shards.map((s) => s.start.startedAt).sort()[0] ?? first.start.startedAt,
  };
  return { shards, missing, start, cells, end, cleanups: shards.flatMap((s) => s.cleanups) };
}
