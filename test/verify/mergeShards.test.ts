import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { mutants } from '../mutants/mutants.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

/** Runs the CLI in this process: what it printed, what it said on stderr, and its exit code. */
async function cli(argv: readonly string[]) {
  const { io, out, err } = fakeIo();
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err };
}

/** A report's cells without their time, which no two runs share; by check and operation (verify lists them as they end). */
const cellsOf = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; ms?: number })
    .filter((e) => e.type === 'cell')
    .map(({ ms: _, ...cell }) => cell)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Output whose only difference may be the run's duration, at the end of the verdict line. */
const untimed = (text: string) => text.replace(/, \d+\.\d s$/m, ', … s');
const untimedJunit = (xml: string) => xml.replace(/ time="[\d.]+"/g, '');

// Every check on four operations, two cases each: enough cells (56) to deal 14 to each of four shards, quickly.
const campaign = ['--ops', 'voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain,voice.ListVoiceProfileDomains,voice.StartSpeakerSearchTask', '--runs', '2', '--seed', '11'];

describe('chime-conformance merge of a 4-way sharded run on the embedded emulator', () => {
  const whole = { code: 0, out: '' };
  const merged = { code: 0, out: '', err: [] as string[] };
  beforeAll(async () => {
    Object.assign(whole, await cli(['verify', ...campaign, '--report', `json=${file('whole.ndjson')},junit=${file('whole.xml')}`]));
    for (const i of [1, 2, 3, 4]) expect((await cli(['verify', ...campaign, '--shard', `${i}/4`, '--report', `json=${file(`shard-${i}.ndjson`)}`])).code).toBe(0);
    const reports = `json=${file('merged.ndjson')},junit=${file('merged.xml')},html=${file('merged.html')}`;
    // Given out of order: the shard a report is of is in it, not in its place on the command line.
    Object.assign(merged, await cli(['merge', ...[3, 1, 4, 2].map((i) => file(`shard-${i}.ndjson`)), '--report', reports]));
  }, 120_000);

  it('prints what the unsharded run printed, verdict line included, and exits as it did', () => {
    expect(whole.code).toBe(0);
    expect(merged.err).toEqual([]);
    expect(merged.code).toBe(whole.code);
    expect(untimed(merged.out)).toBe(untimed(whole.out));
    expect(merged.out.split('\n').at(-1)).toMatch(/^CONFORMANT: \d+ passed, 0 failed, \d+ not applicable \(setup: none\), 0 inconclusive, 0 retries, on the embedded emulator, seed 11, \d+\.\d s$/);
  });

  it('holds the same cells, in the same order (JUnit lists them in plan order), with the same counts, as the unsharded run', () => {
    const cells = cellsOf(readFileSync(file('merged.ndjson'), 'utf8'));
    expect(cells).toHaveLength(56);
    expect(cells).toEqual(cellsOf(readFileSync(file('whole.ndjson'), 'utf8')));
    expect(untimedJunit(readFileSync(file('merged.xml'), 'utf8'))).toBe(untimedJunit(readFileSync(file('whole.xml'), 'utf8')));
    const end = (name: string) =>
      readFileSync(file(name), 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        ?.replace(/"ms":[\d.]+/, '"ms":0');
    expect(end('merged.ndjson')).toBe(end('whole.ndjson'));
  });

  it('writes one HTML report for the whole campaign', () => {
    const page = readFileSync(file('merged.html'), 'utf8');
    expect(page).toContain('<h1>chime-conformance verify, 4 shards merged: CONFORMANT</h1>');
    expect(page).toContain('<dd id="run-seed">11</dd>');
    expect(page.match(/<td class="\w+" data-check=/g)).toHaveLength(56);
    const starts = [1, 2, 3, 4].map((i) => (JSON.parse(readFileSync(file(`shard-${i}.ndjson`), 'utf8').split('\n')[0] ?? '') as { startedAt: string }).startedAt);
    expect(page).toContain(`<dd id="run-started">${[...starts].sort()[0]}</dd>`);
  });

  it('a merged report merges again alone, to the same verdict', async () => {
    const again = await cli(['merge', file('merged.ndjson')]);
    expect(again.code).toBe(0);
    expect(untimed(again.out)).toBe(untimed(whole.out));
  });

  it('without shard 3 there is no verdict and no report: exit 2, naming the missing shard', async () => {
    const partial = await cli(['merge', file('shard-1.ndjson'), file('shard-2.ndjson'), file('shard-4.ndjson'), '--report', `html=${file('partial.html')}`]);
    expect(partial.code).toBe(2);
    expect(partial.out).not.toMatch(/CONFORMANT/);
    expect(partial.err).toEqual([
      'chime-conformance merge: shard 3/4 is missing: an incomplete campaign has no verdict but its failures, and no reports. Hint: give the json= report of every shard; a shard whose job ended without one must run again.',
    ]);
    expect(existsSync(file('partial.html'))).toBe(false);
  });
});

describe('chime-conformance merge with a shard run against a wrong implementation', () => {
  let good: RunningServer;
  let bad: RunningServer;
  const okNot201 = mutants.find((m) => m.name === 'ok-200-not-201');
  beforeAll(async () => {
    good = await startServer({ lifecycle: quickLifecycle });
    bad = await startServer({ lifecycle: quickLifecycle, ...okNot201?.options });
  });
  afterAll(async () => Promise.all([good.close(), bad.close()]));

  // 8 cells; shard 3 of 4 is cells 2 and 6 of the plan: both checks on voice.CreateVoiceProfileDomain (a 201).
  const failing = [
    '--checks',
    'positive_acceptance,error_shape',
    '--ops',
    'media-pipelines.GetSpeakerSearchTask,media-pipelines.StopSpeakerSearchTask,voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain',
  ];

  it("fails the merged verdict with that shard's failing cells, exit 1", async () => {
    const shards = [1, 2, 3, 4].map((i) => file(`wrong-${i}.ndjson`));
    const codes: number[] = [];
    for (const [k, report] of shards.entries()) {
      const url = k === 2 ? bad.url : good.url;
      codes.push((await cli(['verify', '--endpoint', url, ...failing, '--runs', '2', '--seed', '5', '--shard', `${k + 1}/4`, '--report', `json=${report}`])).code);
    }
    expect(codes).toEqual([0, 0, 1, 0]);
    const merged = await cli(['merge', ...shards, '--report', `html=${file('wrong.html')},json=${file('wrong.ndjson')}`]);
    expect(merged.code).toBe(1);
    expect(merged.err).toEqual([]);
    expect(merged.out).toMatch(/✗ positive_acceptance on voice\.CreateVoiceProfileDomain: answered 200 .*the contract says 201/);
    // The replay line reruns the case where it failed: against the wrong implementation, not the others' endpoint.
    expect(merged.out).toContain(`replay: chime-conformance verify --endpoint ${bad.url} --replay 'positive_acceptance/voice.CreateVoiceProfileDomain/`);
    const failed = (text: string) => cellsOf(text).filter((c) => (c as { outcome?: { status: string } }).outcome?.status === 'fail');
    const verdict = merged.out.split('\n').at(-1) ?? '';
    expect(verdict).toMatch(
      new RegExp(`^NOT CONFORMANT: \\d+ passed, 1 failed, \\d+ not applicable \\(setup: control plane[^)]*\\), 0 inconclusive, 0 retries, on ${good.url}, ${bad.url}, seed 5, \\d+\\.\\d s$`),
    );
    expect(failed(readFileSync(file('wrong.ndjson'), 'utf8'))).toEqual(failed(readFileSync(shards[2] ?? '', 'utf8')));
    expect(failed(readFileSync(file('wrong.ndjson'), 'utf8'))).toHaveLength(1);
    const page = readFileSync(file('wrong.html'), 'utf8');
    expect(page).toContain('<h1>chime-conformance verify, 4 shards merged: NOT CONFORMANT</h1>');
    expect(page).toMatch(/<section class="failure" id="failure:positive_acceptance:voice\.CreateVoiceProfileDomain"/);

    // Its failure outweighs a missing shard, as any failure outweighs everything: exit 1, and the shards missing named.
    const partial = await cli(['merge', shards[2] ?? '', shards[3] ?? '']);
    expect(partial.code).toBe(1);
    expect(partial.out.split('\n').at(-1)).toMatch(/^NOT CONFORMANT: \d+ passed, 1 failed, /);
    expect(partial.err).toEqual([
      'chime-conformance merge: shards 1/4 and 2/4 are missing: an incomplete campaign has no verdict but its failures, and no reports. Hint: give the json= report of every shard; a shard whose job ended without one must run again.',
    ]);
  });
});
