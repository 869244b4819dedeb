import type { CheckChoice, CheckContext, Outcome } from './check.js';
import { checkRegistry } from './checkRegistry.js';
import type { CellEvent, VerifyEvent } from './events.js';
import { parseReplay } from './parseReplay.js';
import { cellSeed, plan, type Cell, type Selection } from './plan.js';
import type { Credentials, SigningMode } from '../../shared/credentials.js';
import type { Target } from '../reach/target.js';
import { inPool } from './inPool.js';
import { appliesHere } from './onAccount.js';
import { countingRetries } from '../reach/retryCount.js';
import { drawsOnPool, prefillVoiceprints } from '../world/voiceprints.js';
import { janitorOf, tidy } from '../world/janitor.js';
import { bindWorld, openWorld, type World } from '../world/world.js';
import { campaignOf } from '../merge/campaignOf.js';

export interface VerifyOptions extends Selection {
  readonly target: Target;
  readonly embedded: boolean;
  readonly runs: number;
  readonly seed: number;
  readonly auth: SigningMode;
  readonly region: string;
  readonly credentials: Credentials;
  /** `check/operation/seed/path` from a failure: runs exactly that case. */
  readonly replay?: string;
  /** Cells run at once (default 4, 8 on the embedded emulator); cells of checks that wait on the target's timings run beside them. */
  readonly parallel?: number;
  /** Time one cell may take, shrinking included. */
  readonly timeLimitMs?: number;
  /** False: failures are reported as first found, not shrunk. */
  readonly shrink?: boolean;
  readonly onEvent?: (e: VerifyEvent) => void;
  /**
   * Where the pipelines, calls and time a case needs come from (world/chooseWorld.ts): a target's control plane,
   * a setup hook, fixtures. Default: none, every pipeline and call is taken to exist, as on a lenient target.
   */
  readonly world?: World;
  /** The target is a real AWS account: checks not safe there (Check.safeOnAccount) are not run, with their reason. */
  readonly onAccount?: boolean;
}

export interface VerifyResult {
  readonly cells: readonly CellEvent[];
  readonly conformant: boolean;
}

/**
 * The checks to plan: as chosen, or for a replay the one check it names. Names no check has are refused: a
 * misspelt one would otherwise select nothing and pass, and a replay of your own check needs it given again.
 */
function knownChoices(choices: readonly CheckChoice[], replay: string | undefined): readonly CheckChoice[] {
  const registry = checkRegistry(choices);
  const unknown = choices.filter((c): c is string => typeof c === 'string' && !registry.has(c));
  if (unknown.length > 0) {
    throw new Error(
      `chime-conformance: no check is named ${unknown.map((n) => `'${n}'`).join(', ')}. Hint: the built-in names are ${[...registry.keys()].join(', ')}; give your own checks as objects`,
    );
  }
  if (replay === undefined) return choices;
  const name = parseReplay(replay).check;
  const check = registry.get(name);
  if (!check)
    throw new Error(
      `chime-conformance: the replay value ${replay} names the check '${name}', which this run does not know. Hint: give the checks of the run that printed it, e.g. checks: [...defaultChecks, yourCheck]`,
    );
  return [check];
}

/** Runs every selected check on every selected operation against the target, and says whether it conforms. */
export async function runVerify(o: VerifyOptions): Promise<VerifyResult> {
  const started = performance.now();
  const r = o.replay === undefined ? undefined : parseReplay(o.replay);
  const checks = knownChoices(o.checks ?? [], o.replay);
  const selection = r ? { ...o, ops: [r.op], checks, service: 'all' as const, shard: { index: 1, count: 1 } } : o;
  const cells = plan(selection);
  if (r && cells.length === 0) throw new Error(`chime-conformance: the replay value ${o.replay} names no operation '${r.op}'. Hint: copy the value whole, as the failure printed it`);
  const start = { type: 'run-start', endpoint: o.target.endpoint, seed: o.seed, cells: cells.length, embedded: o.embedded, setup: (o.world ?? openWorld).source } as const;
  // What merge needs to join shards into the run they split: version, selection, shard, the plan's identity.
  o.onEvent?.({ ...start, ...campaignOf({ ...selection, checks }, o) });
  const results: CellEvent[] = new Array(cells.length);
  // What passed cases make is deleted as the run goes (janitor.ts): a deep run does not slow with its own leftovers.
  const world = o.world ?? openWorld;
  const target = bindWorld(tidy(o.target), world);
  const contextOf = (cell: Cell): CheckContext => ({
    target,
    runs: o.runs,
    seed: r ? r.seed : cellSeed(o.seed, cell),
    auth: o.auth,
    credentials: o.credentials,
    region: o.region,
    ...(r ? { path: r.path } : {}),
    ...(o.timeLimitMs ? { timeLimitMs: o.timeLimitMs } : {}),
    ...(o.shrink === false ? { shrink: false } : {}),
  });
  // Voiceprints take a whole speaker search to appear: the first batch starts with the run, not when the first case asks.
  if (!r && cells.some((c) => drawsOnPool(c.op) && appliesHere(c.check, c.op, contextOf(c), o.onAccount === true) === true)) prefillVoiceprints(target);
  const runCell = async (i: number) => {
    const cell = cells[i] as Cell;
    const ctx = contextOf(cell);
    const t0 = performance.now();
    const applies = appliesHere(cell.check, cell.op, ctx, o.onAccount === true);
    const { value: outcome, retries } = await countingRetries(() => (applies === true ? cell.check.run(ctx, cell.op) : Promise.resolve<Outcome>({ status: 'skip', reason: applies })));
    const event: CellEvent = { type: 'cell', check: cell.check.name, operation: cell.op.id, outcome, ms: performance.now() - t0, retries };
    // Results keep the plan's order, whatever order cells end in.
    results[i] = event;
    o.onEvent?.(event);
  };
  const atOnce = o.parallel ?? (o.embedded ? 8 : 4);
  const waits = (i: number) => cells[i]?.check.waits === true;
  const all = cells.map((_, i) => i);
  // Cells that wait on the target's timings (Check.waits) run beside the pool, not in its slots, from the start:
  // at --runs 1000 the four lifecycle cells held every slot of the default pool for its first 11 s, mostly idle.
  // With --parallel 1 everything runs one at a time, as asked.
  const waiting = all.filter(waits);
  const others = all.filter((i) => !waits(i));
  if (atOnce === 1) await inPool([...waiting, ...others], 1, runCell);
  else await Promise.all([inPool(waiting, atOnce, runCell), inPool(others, atOnce, runCell)]);
  await janitorOf(target)?.idle();
  // What the world made for the run is ended with it: hung-up calls leave no analysis running on the target.
  const { left } = await world.teardown();
  const count = (s: string) => results.filter((e) => e.outcome.status === s).length;
  // Inconclusive cells are no evidence of conformance: a run with any is not called conformant (nor failed).
  const conformant = count('fail') === 0 && count('inconclusive') === 0;
  o.onEvent?.({
    type: 'run-end',
    conformant,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    inconclusive: count('inconclusive'),
    ms: performance.now() - started,
    ...(left > 0 ? { notTornDown: left } : {}),
  });
  return { cells: results, conformant };
}
