import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import type { CellEvent } from '../../src/verify/run/events.js';
import { githubOutputs } from '../../src/verify/report/githubOutputs.js';
import { stepSummary } from '../../src/verify/report/stepSummary.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'step-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cell = (check: string, operation: string, outcome: CellEvent['outcome'], retries = 0): CellEvent => ({ type: 'cell', check, operation, outcome, ms: 10, retries });
const run = {
  title: 'chime-conformance verify',
  endpoint: 'https://ci:hunter2secret@impl.example:8443/base?token=s3cretvalue',
  seed: 7,
  startedAt: '2026-01-01T00:00:00.000Z',
  ms: 1234,
  version: '0.1.0',
};
const counts = { passed: 1, failed: 2, skipped: 1, inconclusive: 1, retries: 3 };

describe('the job summary (verify --report summary=FILE)', () => {
  it('is the verdict line and a table of the failing and inconclusive cells, escaped for Markdown, the endpoint credentials hidden', () => {
    // An answer quoted in a message tries to end its row, forge a verdict, inject HTML and links, and echoes the endpoint's secrets.
    const hostile = 'answered 200 {"Name":"a|b\nNOT CONFORMANT: <img src=x> `x` *b* [l](u) &amp; \\ ~s~ #1!"}; connect to https://ci:hunter2secret@impl.example failed, token=s3cretvalue';
    const cells = [
      cell('identity', 'voice.GetVoiceProfile', { status: 'pass', cases: 1 }),
      cell('identity', 'voice.GetVoiceProfileDomain', { status: 'fail', cases: 1, failure: { message: hostile, curl: 'curl -X GET …', replay: 'identity/voice.GetVoiceProfileDomain/7/0:1' } }),
      cell('lifecycle', 'voice.GetSpeakerSearchTask', { status: 'fail', cases: 10, failure: { message: 'x'.repeat(501) } }),
      cell('not_found', 'voice.GetVoiceProfile', { status: 'inconclusive', cases: 10, reason: '3 of 10 cases got no real answer' }, 3),
      cell('auth', 'voice.GetVoiceProfile', { status: 'skip', reason: 'with --auth strict only' }),
    ];
    expect(stepSummary(cells, counts, run).split('\n')).toEqual([
      '### chime-conformance verify: NOT CONFORMANT',
      '',
      'NOT CONFORMANT: 1 passed, 2 failed, 1 not applicable, 1 inconclusive, 3 retries, on https://\\*\\*\\*:\\*\\*\\*@impl.example:8443/base?token=\\*\\*\\*, seed 7, 1.2 s',
      '',
      '| check | operation | why | replay |',
      '| --- | --- | --- | --- |',
      '| identity | voice.GetVoiceProfileDomain | answered 200 \\{"Name":"a\\|b\\\\u000aNOT CONFORMANT: \\<img src=x\\> \\`x\\` \\*b\\* \\[l\\]\\(u\\) \\&amp; \\\\ \\~s\\~ \\#1\\!"\\}; connect to https://ci:\\*\\*\\*@impl.example failed, token=\\*\\*\\* | `chime-conformance verify --endpoint https://***:***@impl.example:8443/base?token=*** --replay \'identity/voice.GetVoiceProfileDomain/7/0:1\'` |',
      `| lifecycle | voice.GetSpeakerSearchTask | ${'x'.repeat(500)}… | — |`,
      '| not\\_found | voice.GetVoiceProfile | inconclusive: 3 of 10 cases got no real answer | — |',
      '',
      '',
    ]);
  });

  it('is the verdict line alone when nothing failed, on the embedded emulator', () => {
    const ok = { passed: 1, failed: 0, skipped: 0, inconclusive: 0, retries: 0 };
    const { endpoint: _, ...embedded } = run;
    expect(stepSummary([cell('identity', 'voice.GetVoiceProfile', { status: 'pass', cases: 1 })], ok, embedded)).toBe(
      '### chime-conformance verify: CONFORMANT\n\nCONFORMANT: 1 passed, 0 failed, 0 not applicable, 0 inconclusive, 0 retries, on the embedded emulator, seed 7, 1.2 s\n\n',
    );
  });

  it('step outputs are name=value lines for $GITHUB_OUTPUT', () => {
    expect(githubOutputs(counts)).toBe('verdict=NOT CONFORMANT\npassed=1\nfailed=2\nnot-applicable=1\ninconclusive=1\nretries=3\n');
    expect(githubOutputs({ ...counts, failed: 0 })).toMatch(/^verdict=INCONCLUSIVE\n/);
  });

  it('verify appends both to the files GitHub names, after what earlier commands of the step wrote', async () => {
    const files = { summary: join(dir, 'step_summary'), output: join(dir, 'output') };
    writeFileSync(files.summary, 'earlier summary\n');
    writeFileSync(files.output, 'earlier=1\n');
    const { io } = fakeIo();
    const argv = ['verify', '--service', 'voice', '--ops', 'voice.GetVoiceProfileDomain', '--runs', '1', '--seed', '7', '--report', `summary=${files.summary},github-output=${files.output}`];
    expect(await runCli(argv, io)).toBe(0);
    expect(readFileSync(files.output, 'utf8')).toBe('earlier=1\nverdict=CONFORMANT\npassed=7\nfailed=0\nnot-applicable=7\ninconclusive=0\nretries=0\n');
    expect(readFileSync(files.summary, 'utf8')).toMatch(
      /^earlier summary\n### chime-conformance verify: CONFORMANT\n\nCONFORMANT: 7 passed, 0 failed, 7 not applicable, 0 inconclusive, 0 retries, on the embedded emulator, seed 7, \d+\.\d s\n\n$/,
    );
  });

  it('refuses a report kind without a file, naming the kinds', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['verify', '--report', 'summary='], io)).toBe(2);
    expect(err).toEqual(['chime-conformance verify: --report summary= is not junit=FILE, json=FILE, html=FILE, summary=FILE or github-output=FILE. Hint: e.g. --report junit=out.xml,html=out.html.']);
  });
});
