import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { mutants } from '../mutants/mutants.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from './runAction.js';
import { freePort } from '../support/freePort.js';

const dirs: string[] = [];
const work = (): string => (dirs.push(mkdtempSync(join(tmpdir(), 'action-'))), dirs.at(-1) ?? '');
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const tiny = { service: 'voice', ops: 'voice.GetVoiceProfile', runs: '1' };

// Each test installs (a stand-in for npm) and runs the CLI from source in processes of its own: a minute or more on two busy cores.
describe.concurrent("the composite action's steps, run as the runner runs them", { timeout: 180_000 }, () => {
  it('checks the embedded emulator: outputs and a job summary written by verify, the package version installed', async () => {
    const dir = work();
    const run = await runAction(tiny, dir);
    expect(run.code, run.log).toBe(0);
    expect(run.npm).toBe(`install --prefix ${dir}/runner-temp/chime-conformance --no-save --no-package-lock --no-audit --no-fund --loglevel=error chime-conformance@${version}\n`);
    expect(run.outputs).toEqual({ verdict: 'CONFORMANT', passed: '7', failed: '0', 'not-applicable': '7', inconclusive: '0', retries: '0' });
    expect(run.summary).toMatch(
      /^### chime-conformance verify: CONFORMANT\n\nCONFORMANT: 7 passed, 0 failed, 7 not applicable, 0 inconclusive, 0 retries, on the embedded emulator, seed 4242, \d+\.\d s\n\n$/,
    );
  });

  it('fails on a wrong server: NOT CONFORMANT in the outputs, the failing cell in the summary with its replay command', async () => {
    const wrong = mutants.find((m) => m.name === 'ok-200-not-201');
    const server = await startServer({ lifecycle: quickLifecycle, ...wrong?.options });
    try {
      const run = await runAction({ endpoint: server.url, service: 'voice', ops: 'voice.CreateVoiceProfileDomain', checks: 'positive_acceptance', runs: '1' }, work());
      expect(run.code, run.log).toBe(1);
      expect(run.outputs).toEqual({ verdict: 'NOT CONFORMANT', passed: '0', failed: '1', 'not-applicable': '0', inconclusive: '0', retries: '0' });
      const lines = run.summary.split('\n');
      expect(lines.slice(0, 6)).toEqual([
        '### chime-conformance verify: NOT CONFORMANT',
        '',
        expect.stringMatching(new RegExp(`^NOT CONFORMANT: 0 passed, 1 failed, 0 not applicable, 0 inconclusive, 0 retries, on ${server.url}, seed 4242, \\d+\\.\\d s$`)),
        '',
        '| check | operation | why | replay |',
        '| --- | --- | --- | --- |',
      ]);
      // The answer's body is quoted, escaped for Markdown, its ARN hidden; the ID and timestamp in it are the server's.
      const row =
        /^\| positive\\_acceptance \| voice\.CreateVoiceProfileDomain \| answered 200 \\\{"VoiceProfileDomain":\\\{.*"VoiceProfileDomainArn":"\\\*\\\*\\\*".*; the contract says 201 \| `(.*)` \|$/;
      expect(lines[6]).toMatch(row);
      expect(row.exec(lines[6] ?? '')?.[1]).toMatch(new RegExp(`^chime-conformance verify --endpoint ${server.url} --replay 'positive_acceptance/voice\\.CreateVoiceProfileDomain/\\d+/[\\d:]*'$`));
      expect(lines.slice(7)).toEqual(['', '']);
    } finally {
      await server.close();
    }
  });

  it('serve: true starts the emulator, checks it and stops it after', async () => {
    const port = await freePort();
    const dir = work();
    const run = await runAction({ ...tiny, serve: 'true', 'serve-port': String(port), 'serve-args': '--timings fast' }, dir);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs['verdict']).toBe('CONFORMANT');
    expect(run.summary).toContain(`CONFORMANT: 7 passed, 0 failed, 7 not applicable, 0 inconclusive, 0 retries, on http://127.0.0.1:${port}, seed 4242`);
    expect(readFileSync(join(dir, 'runner-temp/chime-conformance-serve.log'), 'utf8')).toMatch(/\nstopped\n$/);
    await expect(connects(port)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('stops the emulator also when verify fails', async () => {
    const port = await freePort();
    const dir = work();
    const run = await runAction({ ...tiny, checks: 'no_such_check', serve: 'true', 'serve-port': String(port) }, dir);
    expect(run.code).toBe(2);
    expect(run.log).toMatch(/^chime-conformance verify: --checks names unknown checks: no_such_check.*Hint: run chime-conformance checks for the names\.\n$/);
    expect(readFileSync(join(dir, 'runner-temp/chime-conformance-serve.log'), 'utf8')).toMatch(/\nstopped\n$/);
    await expect(connects(port)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses a serve input that is not true or false, and writes no outputs', async () => {
    const run = await runAction({ ...tiny, serve: 'yes' }, work());
    expect(run.code).toBe(1);
    expect(run.log).toBe('::error::serve: yes is not true or false\n');
    expect(run.outputs).toEqual({ verdict: '', passed: '', failed: '', 'not-applicable': '', inconclusive: '', retries: '' });
    expect(run.summary).toBe('');
  });
});

const connects = (port: number): Promise<void> =>
  new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), ok()));
    socket.once('error', fail);
  });
