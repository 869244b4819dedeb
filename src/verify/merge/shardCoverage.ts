import { MergeRefused } from './mergeRefused.js';
import type { Shard } from './readShard.js';

/**
 * The shards by index, and the indexes of the campaign (1…n) no report was given for. A shard given twice is
 * refused: which of two reports of one shard holds the truth is not merge's to choose.
 */
export function shardCoverage(shards: readonly Shard[]): { readonly byIndex: ReadonlyMap<number, Shard>; readonly missing: readonly number[] } {
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const { index, count } = shard.start.shard;
    const before = byIndex.get(index);
    if (before !== undefined) throw new MergeRefused(`shard ${index}/${count} is given twice: ${before.file} and ${shard.file}`, "give each shard's report once");
    byIndex.set(index, shard);
  }
  const count = shards[0]?.start.shard.count ?? 0;
  const missing: number[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(i);
  return { byIndex, missing };
}
