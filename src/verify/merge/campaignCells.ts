import { packageVersion } from '../../cli/packageVersion.js';
import type { CellEvent } from '../run/events.js';
import { plan } from '../run/plan.js';
import { MergeRefused } from './mergeRefused.js';
import { planHash } from './planHash.js';
import type { Shard } from './readShard.js';

const hint = 'run that shard again; its report was cut or edited';

/**
 * The campaign's cells in plan order, as one unsharded run lists them: the plan is rebuilt from the recorded
 * selection, cell k is shard (k mod n)+1's, as plan() deals them. Each report must hold exactly its shard's cells;
 * those of missing shards are left out.
 */
export function campaignCells(first: Shard, byIndex: ReadonlyMap<number, Shard>): CellEvent[] {
  const { selection, shard } = first.start;
  const s = { service: selection.service, ops: selection.ops, checks: selection.checks };
  const made = planHash(s);
  if (made !== first.start.plan) {
    const { version } = first.start;
    const why =
      version === packageVersion() ? 'so the report was edited, or names checks of your own, which merge does not know' : `as chime-conformance ${version} planned it and this is ${packageVersion()}`;
    throw new MergeRefused(
      `${first.file} cannot be put in plan order: its selection plans other cells here (plan ${made}, not ${first.start.plan}), ${why}`,
      'merge with the chime-conformance that ran the shards, their reports as verify wrote them',
    );
  }
  const planned = plan({ ...s, shard: { index: 1, count: 1 } }).map((c) => `${c.check.name} ${c.op.id}`);
  const found = new Map<number, Map<string, CellEvent>>();
  for (const [index, report] of byIndex) {
    const mine = new Set(planned.filter((_, k) => k % shard.count === index - 1));
    const cells = new Map<string, CellEvent>();
    for (const cell of report.cells) {
      const key = `${cell.check} ${cell.operation}`;
      const what = `the cell ${cell.check} on ${cell.operation}`;
      if (!mine.has(key)) throw new MergeRefused(`${report.file} holds ${what}, which is not shard ${index}/${shard.count}'s`, hint);
      if (cells.has(key)) throw new MergeRefused(`${report.file} holds ${what} twice`, hint);
      cells.set(key, cell);
    }
    if (cells.size !== mine.size) throw new MergeRefused(`${report.file} holds ${cells.size} cell${cells.size === 1 ? '' : 's'} where shard ${index}/${shard.count} has ${mine.size}`, hint);
    found.set(index, cells);
  }
  return planned.flatMap((key, k) => found.get((k % shard.count) + 1)?.get(key) ?? []);
}
