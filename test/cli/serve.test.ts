import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { repoRoot } from '../support/paths.js';
import { rawHttp } from '../support/rawHttp.js';

const bin = resolve(repoRoot, 'dist/src/cli/main.js');

/** Starts `chime-conformance serve` as users do, and waits for its "listening on" line. */
async function serve(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; lines: string[] }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args]);
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

describe.runIf(existsSync(bin))('chime-conformance serve', () => {
  it('logs one line per request, with no body in it, and drains on SIGTERM: exit 0', async () => {
    const { child, url, lines } = await serve(['--faults', 'latency=300']);
    const body = JSON.stringify({ Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:1:key/secret-key' }, ClientRequestToken: 'tok-secret' });
    const inFlight = rawHttp(url, 'POST', '/voice-profile-domains', { 'content-type': 'application/json' }, body);
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    expect(await exited(child)).toBe(0);
    const log = lines.join('\n');
    expect(log).toMatch(/ voice\.CreateVoiceProfileDomain 201 /);
    expect(log).not.toMatch(/secret/);
    expect(log).toMatch(/draining/);
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
