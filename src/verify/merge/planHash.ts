import { fnv1a } from '../../shared/fnv1a.js';
import { plan, type Selection } from '../run/plan.js';

/**
 * The identity of a campaign's plan: every cell of the selection, all shards, in plan order. A run records it and
 * merge rebuilds it from the recorded selection: equal, merge knows each cell's place; different (another
 * version's catalog, a check of your own merge does not know), it cannot order the cells and says so.
 */
export function planHash(s: Selection): string {
  const cells = plan({ ...s, shard: { index: 1, count: 1 } });
  return fnv1a(cells.map((c) => `${c.check.name}/${c.op.id}`).join('\n'))
    .toString(16)
    .padStart(8, '0');
}
