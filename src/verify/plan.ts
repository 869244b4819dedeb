import { catalog } from '../contract/catalog.js';
import type { Operation } from '../contract/operation.js';
import type { Check } from './check.js';
import { checks as allChecks } from './checks/index.js';

export interface Cell {
  readonly check: Check;
  readonly op: Operation;
}

export interface Selection {
  readonly service: 'media-pipelines' | 'voice' | 'all';
  readonly ops: readonly string[];
  readonly checks: readonly string[];
  /** 1-based shard index and shard count. */
  readonly shard: { readonly index: number; readonly count: number };
}

/** Every check × operation pair selected, in a fixed order, then every n-th for this shard. */
export function plan(s: Selection): Cell[] {
  const ops = catalog.filter((op) => (s.service === 'all' || op.service === s.service) && (s.ops.length === 0 || s.ops.includes(op.id)));
  const checks = allChecks.filter((c) => s.checks.length === 0 || s.checks.includes(c.name));
  const cells = checks.flatMap((check) => ops.map((op) => ({ check, op })));
  return cells.filter((_, i) => i % s.shard.count === s.shard.index - 1);
}

/** A seed per cell, from the run's seed: cells stay independent and each one replays alone. */
export function cellSeed(seed: number, cell: Cell): number {
  let h = seed >>> 0;
  for (const c of `${cell.check.name}/${cell.op.id}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}
