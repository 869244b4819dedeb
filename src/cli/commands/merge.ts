import { parseArgs } from 'node:util';
import { operations } from '../../contract/catalog.js';
import { checks } from '../../verify/checks/index.js';
import { MergeRefused } from '../../verify/merge/mergeRefused.js';
import { mergeShards } from '../../verify/merge/mergeShards.js';
import { readShard, type Shard } from '../../verify/merge/readShard.js';
import { UsageError, type Command } from '../command.js';
import { mergeOutcome } from './mergeOutcome.js';
import { parseVerifyOptions } from './verifyOptions.js';

export const mergeCommand: Command = {
  name: 'merge',
  help: [
    'Usage: chime-conformance merge <report.ndjson>… [--report junit=FILE,json=FILE,html=FILE]',
    '',
    "Reads the NDJSON reports (verify --report json=FILE) of a campaign's shards and says what one unsharded run",
    'with the same seed would: the matrix, each failure with its replay line, the verdict line, and the exit code',
    '(0 conformant, 1 a failure, 2 inconclusive). --report writes the reports verify writes, for the whole campaign.',
    'Shards of different campaigns are refused, saying what differs: version, --seed, --runs, the n of --shard i/n,',
    '--service, --ops, --checks, --auth, the kind of target, setup. Each job may have its own endpoint.',
    'A shard given twice is refused. A missing shard leaves the campaign without a verdict: merge prints the',
    'failures of the shards given (exit 1), or says which shards are missing (exit 2), and writes no report.',
    '',
    'Examples:',
    '  chime-conformance verify --shard 1/2 --seed 42 --report json=shard-1.ndjson     # one CI job',
    '  chime-conformance verify --shard 2/2 --seed 42 --report json=shard-2.ndjson     # another',
    '  chime-conformance merge shard-1.ndjson shard-2.ndjson --report junit=campaign.xml,html=campaign.html',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { report: { type: 'string' } } });
    // The same --report as verify's, read by verify's own reader: one list of kinds and one message for both.
    const { reports } = parseVerifyOptions({ report: values.report }, { operations, checks: checks.map((c) => c.name) });
    if (positionals.length === 0) throw new UsageError('no report to merge', 'give the json= report of every shard, e.g. chime-conformance merge shard-1.ndjson shard-2.ndjson');
    try {
      const shards: Shard[] = [];
      // One at a time: memory holds the cells of the campaign, never two files' lines.
      for (const file of positionals) shards.push(await readShard(file));
      return mergeOutcome(mergeShards(shards), reports, io);
    } catch (e) {
      if (e instanceof MergeRefused) throw new UsageError(e.message, e.hint);
      throw e;
    }
  },
};
