import type { SigningMode } from '../../shared/credentials.js';
import type { Outcome } from './check.js';

/**
 * What makes the shards of one campaign one (`chime-conformance merge` holds them equal), on run-start since
 * merge came; reports written before it lack these members, and merge refuses them (run the shards again).
 */
export interface Campaign {
  /** The chime-conformance that ran it. */
  readonly version: string;
  /** When the run started, ISO 8601. */
  readonly startedAt: string;
  readonly runs: number;
  readonly auth: SigningMode;
  /** The target is a real AWS account (`--endpoint aws`): checks unsafe there were not run. */
  readonly onAccount: boolean;
  /** 1-based; 1/1 for a run that was not split. */
  readonly shard: { readonly index: number; readonly count: number };
  /** As the run was asked for, sorted; an empty list selects every operation or check. */
  readonly selection: { readonly service: 'media-pipelines' | 'voice' | 'all'; readonly ops: readonly string[]; readonly checks: readonly string[] };
  /** FNV-1a (8 hex digits) of every cell of the campaign, all shards, in plan order: merge rebuilds the plan and compares. */
  readonly plan: string;
}

/** What a run reports as it goes: the NDJSON report is these, one per line. */
export type VerifyEvent =
  /** setup: where the pipelines, calls and time cases need come from (the world's source: 'control plane', 'fixtures'…). */
  | ({ readonly type: 'run-start'; readonly endpoint: string; readonly seed: number; readonly cells: number; readonly embedded: boolean; readonly setup: string } & Campaign)
  /** retries: requests of the cell sent again because they were throttled (429) or unavailable (503). */
  | { readonly type: 'cell'; readonly check: string; readonly operation: string; readonly outcome: Outcome; readonly ms: number; readonly retries: number }
  | {
      readonly type: 'run-end';
      readonly conformant: boolean;
      readonly passed: number;
      readonly failed: number;
      readonly skipped: number;
      /** Cells whose cases got no real answer even after their retries, and none failed. */
      readonly inconclusive: number;
      readonly ms: number;
      /** What the world made for the run and could not end afterwards (calls the setup hook did not hang up). */
      readonly notTornDown?: number;
    }
  /** Under --max-created, after the run: what it created, what it deleted or stopped, and what it could not (by ID). */
  | { readonly type: 'cleanup'; readonly created: number; readonly ended: number; readonly left: readonly { readonly kind: string; readonly id: string; readonly why: string }[] };

export type CellEvent = Extract<VerifyEvent, { type: 'cell' }>;
export type RunStartEvent = Extract<VerifyEvent, { type: 'run-start' }>;
export type RunEndEvent = Extract<VerifyEvent, { type: 'run-end' }>;
