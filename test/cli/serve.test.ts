import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { repoRoot } from '../support/paths.js';
import { rawHttp } from '../support/rawHttp.js';
import { cliMain } from '../support/cliMain.js';

/** Starts `chime-conformance serve` (the built CLI, kept fresh by freshBuild.ts), and waits for its "listening on" line. */
async function serve(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; lines: string[] }> {
  const child = spawn(process.execPath, [cliMain, 'serve', '--port', '0', ...args], { cwd: repoRoot });
  const lines: string[] = [];
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      lines.push(...d.toString().trim().split('\n'));
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
  });
  return { child, url, lines };
}

const exited = (child: ChildProcessWithoutNullStreams) => new Promise<number | null>((ok) => child.once('exit', ok));

const secrets = JSON.stringify({ Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:1:key/secret-key' }, ClientRequestToken: 'tok-secret' });

/** One request still in flight (latency=300) when SIGTERM comes: it is answered, then serve exits 0. */
async function drainedWithOneRequest(args: string[]): Promise<string> {
  const { child, url, lines } = await serve(['--faults', 'latency=300', ...args]);
  const inFlight = rawHttp(url, 'POST', '/voice-profile-domains', { 'content-type': 'application/json' }, secrets);
  await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGTERM');
  expect((await inFlight).status).toBe(201);
  expect(await exited(child)).toBe(0);
  const log = lines.join('\n');
  expect(log).not.toMatch(/secret/);
  expect(log).toMatch(/draining/);
  return log;
}

describe('chime-conformance serve', () => {
  it('by default logs the counts, with no body in them, not a line per request, and drains on SIGTERM: exit 0', async () => {
    const log = await drainedWithOneRequest([]);
    expect(log).toMatch(/draining requests in flight, then stopping\n\S+Z requests in the last \d+ s: 1 \(voice\.CreateVoiceProfileDomain 201×1\)\nstopped$/);
    expect(log).not.toMatch(/ voice\.CreateVoiceProfileDomain 201 /);
  });

  it('with --log requests logs one line per request, with no body in it', async () => {
    expect(await drainedWithOneRequest(['--log', 'requests'])).toMatch(/ voice\.CreateVoiceProfileDomain 201 /);
  });
});

describe('chime-conformance serve: usage errors', () => {
  it.each([
    [['--auth', 'maybe'], /--auth maybe is not a mode/],
    [['--port', '99999'], /--port 99999 is not a port number/],
    [['--faults', 'throttle=2'], /not a rate between 0 and 1/],
    [['--faults', 'jitter=1'], /unknown key "jitter"/],
    [['--faults', 'ops=voice.Nope'], /unknown operations: voice.Nope/],
  ])('%j exits 2 with one line', async (args, message) => {
    const { io, err } = fakeIo();
    expect(await runCli(['serve', ...args], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
