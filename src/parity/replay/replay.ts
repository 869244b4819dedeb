import type { Target } from '../../verify/reach/target.js';
import type { World } from '../../verify/world/world.js';
import type { Difference } from '../compare/difference.js';
import type { Exchange } from '../exchange.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import type { WireAnswer } from '../../verify/reach/rawClient.js';
import { fromWorld } from './fromWorld.js';
import { replayExchange } from './replayExchange.js';
import { passGap } from './passGap.js';
import { routeRequest } from './routeRequest.js';

export interface ReplayOptions {
  readonly target: Target;
  /** Where the pipelines and calls a recording names come from, and how the target's time passes. */
  readonly world: World;
  /** The longest gap between two exchanges replayed, for a world that waits; none: its clock is advanced (timeGap's cap). */
  readonly gapCapMs?: number;
  /** Told of each exchange as soon as it is compared: for progress, and for tables printed as they go. */
  readonly onRow?: (row: ReplayedRow) => void;
}

/** One recorded exchange, replayed: what was sent, what came back, and how that differs from the recording. */
export interface ReplayedRow {
  /** From 1, in the recording's order. */
  readonly index: number;
  /** The operation id, or `METHOD path` for a request no route matches. */
  readonly operation: string;
  readonly differences: readonly Difference[];
  /** What the replay could not do as recorded: a gap cut short, a pipeline the world would not give. */
  readonly notes: readonly string[];
  readonly sent: EncodedRequest;
  /** Undefined when no answer came (see the status difference). */
  readonly answer: WireAnswer | undefined;
}

const runTag = (): string => `replay${Date.now().toString(36)}`;

/**
 * Replays a recording against a target, in order: the recorded gaps pass first, then what the request names
 * from the account is taken from the world, then it goes out with the IDs learnt so far, and its answer is
 * compared with the recorded one. Throws only when the target is gone (EndpointGone): the rows so far were told.
 */
export async function replay(exchanges: readonly Exchange[], o: ReplayOptions): Promise<ReplayedRow[]> {
  const identities = new Map<string, string>();
  const tag = runTag();
  let tokens = 0;
  const freshToken = () => `${tag}-${(tokens++).toString(36)}`;
  const rows: ReplayedRow[] = [];
  let previous: { readonly startedAt: string; readonly sentAt: number } | undefined;
  for (const [i, ex] of exchanges.entries()) {
    const notes: string[] = [];
    if (previous) notes.push(...(await passGap(o.world, previous, ex.startedAt, o.gapCapMs)));
    previous = { startedAt: ex.startedAt, sentAt: Date.now() };
    const routed = routeRequest(ex.request);
    if (routed.op) notes.push(...(await fromWorld(routed.op, routed.input, identities, o.world)));
    const done = await replayExchange(ex, o.target, identities, freshToken);
    const row: ReplayedRow = { index: i + 1, operation: routed.name, ...done, notes: [...notes, ...done.notes] };
    rows.push(row);
    o.onRow?.(row);
  }
  return rows;
}
