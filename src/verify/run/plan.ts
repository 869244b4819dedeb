import { fnv1a } from '../../shared/fnv1a.js';
import { catalog } from '../../contract/catalog.js';
import type { Operation } from '../../contract/operation.js';
import type { Check, CheckChoice } from './check.js';
import { checkRegistry } from './checkRegistry.js';

export interface Cell {
  readonly check: Check;
  readonly op: Operation;
}

export interface Selection {
  /** Default: all. */
  readonly service?: 'media-pipelines' | 'voice' | 'all';
  /** Operation ids; none: every operation of the service. */
  readonly ops?: readonly string[];
  /**
   * Built-in checks by name, and your own as Check objects (from defineCheck), which are registered and
   * selected; none: every built-in check. `[...defaultChecks, yours]` runs them all.
   */
  readonly checks?: readonly CheckChoice[];
  /** 1-based shard index and shard count; default 1/1. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/**
 * The checks selected, in the registry's order (the built-in ones as reports list them, then yours as given),
 * so that a selection by names plans as it always has. A name no check has selects nothing here: callers that
 * must refuse it (runVerify, the CLI) do so with their own words.
 */
function selectedChecks(choices: readonly CheckChoice[]): Check[] {
  const registry = checkRegistry(choices);
  if (choices.length === 0) return [...registry.values()];
  const names = new Set(choices.map((c) => (typeof c === 'string' ? c : c.name)));
  return [...registry.values()].filter((c) => names.has(c.name));
}

/** Every check × operation pair selected, in a fixed order, then every n-th for this shard. */
export function plan(s: Selection): Cell[] {
  const service = s.service ?? 'all';
  const wanted = s.ops ?? [];
  const shard = s.shard ?? { index: 1, count: 1 };
  const ops = catalog.filter((op) => (service === 'all' || op.service === service) && (wanted.length === 0 || wanted.includes(op.id)));
  const cells = selectedChecks(s.checks ?? []).flatMap((check) => ops.map((op) => ({ check, op })));
  return cells.filter((_, i) => i % shard.count === shard.index - 1);
}

/** A seed per cell, from the run's seed: cells stay independent and each one replays alone. */
export function cellSeed(seed: number, cell: Cell): number {
  return fnv1a(`${cell.check.name}/${cell.op.id}`, seed) & 0x7fffffff;
}
