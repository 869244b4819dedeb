import type { RunStartEvent } from '../run/events.js';
import { MergeRefused } from './mergeRefused.js';
import type { Shard } from './readShard.js';

const every = (names: readonly string[], flag: string, all: string) => (names.length === 0 ? all : `${flag} ${names.join(',')}`);

/**
 * What must be equal for shards to be one campaign, as the user would say it. The endpoint is not: each CI job may
 * start its own server, on a port of its own; what kind of target it is must be.
 */
function facets(s: RunStartEvent): readonly string[] {
  return [
    `chime-conformance ${s.version}`,
    `seed ${s.seed}`,
    `--runs ${s.runs}`,
    `--shard …/${s.shard.count}`,
    `--service ${s.selection.service}`,
    every(s.selection.ops, '--ops', 'every operation'),
    every(s.selection.checks, '--checks', 'every check'),
    `--auth ${s.auth}`,
    s.embedded ? 'the embedded emulator' : s.onAccount ? 'the real service (--endpoint aws)' : 'an endpoint',
    `setup: ${s.setup}`,
    `plan ${s.plan}`,
  ];
}

/** Refuses shards of different campaigns, naming the two files and the first thing that differs. */
export function sameCampaign(shards: readonly Shard[]): void {
  const [first, ...rest] = shards;
  if (first === undefined) return;
  const ours = facets(first.start);
  for (const shard of rest) {
    const theirs = facets(shard.start);
    const at = theirs.findIndex((f, i) => f !== ours[i]);
    if (at < 0) continue;
    throw new MergeRefused(
      `${shard.file} is not a shard of the campaign of ${first.file}: ${theirs[at]}, not ${ours[at]}`,
      'merge the shards of one campaign: one chime-conformance version, and the same --seed, --runs, --service, --ops, --checks, --auth and setup, with --shard i/n of one n',
    );
  }
}
