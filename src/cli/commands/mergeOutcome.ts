import type { HtmlRun } from '../../verify/report/html.js';
import type { Merged } from '../../verify/merge/mergeShards.js';
import type { Shard } from '../../verify/merge/readShard.js';
import { summary } from '../../verify/report/consoleReport.js';
import { safeText } from '../../verify/report/safeText.js';
import { verdictLine } from '../../verify/report/verdictLine.js';
import { openWorld } from '../../verify/world/world.js';
import type { CliIo } from '../command.js';
import { writeReports } from './verifyReports.js';
import { setupScope } from './verifyWorld.js';

/** What verify would name the target by: its reports already hide an endpoint's credentials. */
const targetOf = (s: Shard): string => (s.start.embedded ? 'the embedded emulator' : s.start.onAccount ? 'aws' : s.start.endpoint);

function missingLine(missing: readonly number[], count: number): string {
  const named = missing.slice(0, 10).map((i) => `${i}/${count}`);
  const more = missing.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
  return `chime-conformance merge: ${missing.length === 1 ? `shard ${list} is` : `shards ${list} are`} missing: an incomplete campaign has no verdict but its failures, and no reports. Hint: give the json= report of every shard; a shard whose job ended without one must run again.`;
}

/**
 * Says what one unsharded run would: the matrix and failures, the verdict line, the reports, and its exit code
 * (0 conformant, 1 a failure, 2 inconclusive). A campaign with missing shards is never conformant: its failures
 * are still printed, with exit 1, else it exits 2 without a verdict.
 */
export function mergeOutcome(merged: Merged, reports: Record<string, string>, io: CliIo): number {
  const { shards, missing, start, cells, end } = merged;
  // A replay reruns its case against the shard's own target, as that shard's verify would have printed it.
  const endpointOf = new Map(shards.flatMap((s) => s.cells.flatMap((c) => (c.outcome.status === 'fail' && c.outcome.failure.replay ? [[c.outcome.failure.replay, s] as const] : []))));
  const flag = (s: Shard | undefined) => (s === undefined || s.start.embedded ? '' : ` --endpoint ${targetOf(s)}`);
  io.out(summary(cells, (r) => `chime-conformance verify${flag(endpointOf.get(r))} --replay '${r}'`));
  const target = [...new Set(shards.map(targetOf))].join(', ');
  const scope = setupScope({ ...openWorld, source: start.setup }, cells);
  if (missing.length === 0 || end.failed > 0) io.out(verdictLine({ end, cells, scope, target, seed: start.seed }));
  if (missing.length > 0) {
    io.err(safeText(missingLine(missing, shards[0]?.start.shard.count ?? 0)));
    return end.failed > 0 ? 1 : 2;
  }
  const run: HtmlRun = {
    title: `chime-conformance verify, ${shards.length} shard${shards.length === 1 ? '' : 's'} merged`,
    ...(start.embedded ? {} : { endpoint: target }),
    seed: start.seed,
    startedAt: start.startedAt,
    ms: end.ms,
    version: start.version,
  };
  writeReports(reports, cells, [start, ...cells, end, ...merged.cleanups], run);
  if (end.conformant) return 0;
  return end.failed === 0 ? 2 : 1;
}
