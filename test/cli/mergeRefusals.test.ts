import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { repoRoot } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'merge-refusals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

async function cli(argv: readonly string[]) {
  const { io, out, err } = fakeIo();
  const code = await runCli(argv, io);
  return { code, out, err };
}

// Two cells a shard, one case each: real reports of a 2-way campaign in a second or two.
const tiny = ['--checks', 'positive_acceptance,not_found', '--ops', 'voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain', '--runs', '1'];
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const lines = (name: string) => readFileSync(file(name), 'utf8').trimEnd().split('\n');

/** A copy of shard 2's report with its run-start changed: what another campaign's shard (or another version's) says. */
function edited(name: string, change: (start: Record<string, unknown>) => Record<string, unknown>): string {
  const [start = '', ...rest] = lines('two.ndjson');
  writeFileSync(file(name), [JSON.stringify(change(JSON.parse(start) as Record<string, unknown>)), ...rest].join('\n') + '\n');
  return file(name);
}

const planOf = (name: string) => (JSON.parse(lines(name)[0] ?? '') as { plan: string }).plan;

function written(name: string, content: readonly string[]): string {
  writeFileSync(file(name), content.join('\n') + '\n');
  return file(name);
}

beforeAll(async () => {
  for (const [name, flags] of [
    ['one.ndjson', ['--seed', '3', '--shard', '1/2']],
    ['two.ndjson', ['--seed', '3', '--shard', '2/2']],
    ['seed4.ndjson', ['--seed', '4', '--shard', '2/2']],
    ['of3.ndjson', ['--seed', '3', '--shard', '2/3']],
  ] as const) {
    expect((await cli(['verify', ...tiny, ...flags, '--report', `json=${file(name)}`])).code).toBe(0);
  }
}, 120_000);

describe('chime-conformance merge refuses what is not one campaign, in one line with a hint, exit 2', () => {
  const campaignHint = 'Hint: merge the shards of one campaign: one chime-conformance version, and the same --seed, --runs, --service, --ops, --checks, --auth and setup, with --shard i/n of one n.';
  const reportHint = 'Hint: give the json= report of a verify --shard i/n run, as it wrote it.';
  const cases: [string, () => string[], string | (() => string)][] = [
    ['another seed', () => [file('one.ndjson'), file('seed4.ndjson')], `${file('seed4.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: seed 4, not seed 3. ${campaignHint}`],
    [
      'another shard count',
      () => [file('one.ndjson'), file('of3.ndjson')],
      `${file('of3.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: --shard …/3, not --shard …/2. ${campaignHint}`,
    ],
    [
      'another version',
      () => [file('one.ndjson'), edited('v.ndjson', (s) => ({ ...s, version: '9.9.9' }))],
      `${file('v.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: chime-conformance 9.9.9, not chime-conformance ${version}. ${campaignHint}`,
    ],
    [
      'other --runs',
      () => [file('one.ndjson'), edited('runs.ndjson', (s) => ({ ...s, runs: 5 }))],
      `${file('runs.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: --runs 5, not --runs 1. ${campaignHint}`,
    ],
    [
      'other --ops',
      () => [file('one.ndjson'), edited('ops.ndjson', (s) => ({ ...s, selection: { service: 'all', ops: [], checks: ['not_found', 'positive_acceptance'] } }))],
      `${file('ops.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: every operation, not --ops voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain. ${campaignHint}`,
    ],
    [
      'another kind of target',
      () => [file('one.ndjson'), edited('aws.ndjson', (s) => ({ ...s, embedded: false, onAccount: true }))],
      `${file('aws.ndjson')} is not a shard of the campaign of ${file('one.ndjson')}: the real service (--endpoint aws), not the embedded emulator. ${campaignHint}`,
    ],
    [
      'a shard given twice',
      () => [file('two.ndjson'), file('one.ndjson'), edited('copy.ndjson', (s) => s)],
      `shard 2/2 is given twice: ${file('two.ndjson')} and ${file('copy.ndjson')}. Hint: give each shard's report once.`,
    ],
    [
      "another version's plan",
      () => [edited('plan9.ndjson', (s) => ({ ...s, version: '9.9.9', plan: 'deadbeef' }))],
      () =>
        `${file('plan9.ndjson')} cannot be put in plan order: its selection plans other cells here (plan ${planOf('two.ndjson')}, not deadbeef), as chime-conformance 9.9.9 planned it and this is ${version}. Hint: merge with the chime-conformance that ran the shards, their reports as verify wrote them.`,
    ],
    [
      'an edited plan',
      () => [edited('plan.ndjson', (s) => ({ ...s, plan: 'deadbeef' }))],
      () =>
        `${file('plan.ndjson')} cannot be put in plan order: its selection plans other cells here (plan ${planOf('two.ndjson')}, not deadbeef), so the report was edited, or names checks of your own, which merge does not know. Hint: merge with the chime-conformance that ran the shards, their reports as verify wrote them.`,
    ],
    [
      'a report of verify before merge',
      () => [edited('old.ndjson', ({ type, endpoint, seed, cells, embedded, setup }) => ({ type, endpoint, seed, cells, embedded, setup }))],
      `${file('old.ndjson')}:1: the report was written by a chime-conformance verify without merge, whose run-start does not say its campaign. Hint: run the shards again with this version.`,
    ],
    ['a line that is not JSON', () => [written('bad.ndjson', [lines('two.ndjson')[0] ?? '', '{"type":"cell",'])], `${file('bad.ndjson')}:2: the line is not JSON. ${reportHint}`],
    [
      'JSON that is no event',
      () => [written('foreign.ndjson', ['{"level":"info","msg":"started"}'])],
      `${file('foreign.ndjson')}:1: the line is no event of a verify report (it has no "type"). ${reportHint}`,
    ],
    ['events of something else', () => [written('other.ndjson', ['{"type":"push","ref":"main"}'])], `${file('other.ndjson')}:1: the report does not begin with a run-start event. ${reportHint}`],
    [
      'a cell without its outcome',
      () => [written('cell.ndjson', [lines('two.ndjson')[0] ?? '', '{"type":"cell","check":"not_found","operation":"voice.GetVoiceProfileDomain","ms":1,"retries":0}'])],
      `${file('cell.ndjson')}:2: the cell event has outcome missing. ${reportHint}`,
    ],
    [
      'a report cut before its run-end',
      () => [written('cut.ndjson', lines('two.ndjson').slice(0, -1))],
      `${file('cut.ndjson')} ends before its run-end: the run did not finish, or the file was cut short. Hint: run that shard again.`,
    ],
    [
      'a cell of another shard',
      () => [file('one.ndjson'), written('moved.ndjson', [...lines('two.ndjson').slice(0, 2), lines('one.ndjson')[1] ?? '', ...lines('two.ndjson').slice(3)])],
      () => {
        const cell = JSON.parse(lines('one.ndjson')[1] ?? '') as { check: string; operation: string };
        return `${file('moved.ndjson')} holds the cell ${cell.check} on ${cell.operation}, which is not shard 2/2's. Hint: run that shard again; its report was cut or edited.`;
      },
    ],
    ['an empty file', () => [written('empty.ndjson', [])], `${file('empty.ndjson')}:1: the line is empty, where a report begins with its run-start. ${reportHint}`],
    ['a file that is not there', () => [file('nowhere.ndjson')], `cannot read ${file('nowhere.ndjson')} (ENOENT). Hint: check the path.`],
    [
      'a line over 1 MiB',
      () => [written('long.ndjson', [lines('two.ndjson')[0] ?? '', `{"type":"cell","check":"${'x'.repeat(1024 * 1024)}"}`])],
      `${file('long.ndjson')}:2: the line is over 1048576 bytes. ${reportHint}`,
    ],
    [
      'a file over 256 MiB',
      () => {
        // Sparse: the file says its size without the disk holding it.
        writeFileSync(file('huge.ndjson'), '');
        truncateSync(file('huge.ndjson'), 256 * 1024 * 1024 + 1);
        return [file('huge.ndjson')];
      },
      `${file('huge.ndjson')} is 268435457 bytes, over the 268435456 a report may have. ${reportHint}`,
    ],
    ['no report at all', () => [], 'no report to merge. Hint: give the json= report of every shard, e.g. chime-conformance merge shard-1.ndjson shard-2.ndjson.'],
  ];

  it.each(cases)('%s', async (_, files, message) => {
    const { code, out, err } = await cli(['merge', ...files()]);
    expect(err).toEqual([`chime-conformance merge: ${typeof message === 'string' ? message : message()}`]);
    expect(out).toEqual([]);
    expect(code).toBe(2);
  });

  it('reads lines longer than its reads of the file (64 KiB): a cell line of 200 kB merges as any other', async () => {
    const [start = '', ...rest] = lines('two.ndjson');
    const padded = rest.map((l) => (l.startsWith('{"type":"cell"') ? `${l.slice(0, -1)},"note":"${'n'.repeat(200_000)}"}` : l));
    const { code, out, err } = await cli(['merge', file('one.ndjson'), written('padded.ndjson', [start, ...padded])]);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/\nCONFORMANT: \d+ passed, 0 failed, /);
    expect(code).toBe(0);
  });

  it('merges the two shards of the campaign themselves', async () => {
    const { code, out, err } = await cli(['merge', file('two.ndjson'), file('one.ndjson')]);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/\nCONFORMANT: \d+ passed, 0 failed, \d+ not applicable \(setup: none\), 0 inconclusive, 0 retries, on the embedded emulator, seed 3, \d+\.\d s$/);
    expect(code).toBe(0);
  });
});
