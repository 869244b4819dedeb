import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { rawClient } from '../../src/verify/reach/rawClient.js';
import { fakeIo } from '../support/fakeIo.js';
import { run, type Ran } from '../support/subprocess.js';
import { cliMain } from '../support/cliMain.js';

const dir = mkdtempSync(join(tmpdir(), 'hostile-endpoints-'));
const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  rmSync(dir, { recursive: true, force: true });
});

/** A small server that misbehaves as `handle` says; it answers the run's reachability probe like any request. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<string> {
  let n = 0;
  const server = createServer((req, res) => handle(req, res, n++));
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const domains = '{"VoiceProfileDomains":[]}';
const answer = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end(domains);

/** The real CLI entry in a process of its own (a hang shows as a kill at 30 s), on a narrow, quick selection. */
async function verify(url: string, ...more: string[]): Promise<Ran & { seconds: number }> {
  const narrow = ['--ops', 'voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain', '--runs', '2', '--seed', '7', '--request-timeout', '1'];
  const t0 = performance.now();
  const ran = await run(process.execPath, [cliMain, 'verify', '--endpoint', url, ...narrow, ...more], 30_000);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${url} ${more.join(' ')}: exit ${ran.code} after ${seconds.toFixed(1)} s`);
  return { ...ran, seconds };
}

const chunk = Buffer.alloc(64 * 1024, ' ');

/** 600 MB, written as the client reads (never in memory on either side); resolves with the bytes that left. */
function huge(res: ServerResponse, declared: boolean): Promise<number> {
  const total = 600 * 1024 * 1024;
  res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(total) } : {}) });
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => undefined);
  pump();
  return new Promise((ok) => res.on('close', () => ok(sent)));
}

const noStackTrace = (r: Ran) => expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at /m);
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe.concurrent('verify against hostile endpoints', () => {
  it('a server that answers the first request, then never again: exit 2, one line, in seconds', async () => {
    const url = await serve((_req, res, n) => void (n === 0 && answer(res)));
    const r = await verify(url);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^chime-conformance verify: lost the connection to .* during the run \(no answer within 1 s\).* Hint: /)]);
    expect(r.stdout).toMatch(/^NOT CONFORMANT: /m);
    noStackTrace(r);
    expect(r.seconds).toBeLessThan(25); // about 7 s alone; the rest is room for a loaded CI machine
  });

  it('a server that trickles its answer one byte a second: exit 2, one line, in seconds', async () => {
    const url = await serve((_req, res, n) => {
      if (n === 0) return void answer(res);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' }).write(' ');
      const drip = setInterval(() => res.write(' '), 1000);
      res.on('close', () => clearInterval(drip));
    });
    const r = await verify(url);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^chime-conformance verify: lost the connection .* \(the answer did not finish within 1 s\).* Hint: /)]);
    noStackTrace(r);
    expect(r.seconds).toBeLessThan(25); // about 7 s alone; the rest is room for a loaded CI machine
  });

  it('a server that answers 600 MB: each case fails at the cap, the run goes on, exit 1', async () => {
    const url = await serve((_req, res) => void huge(res, true));
    const r = await verify(url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/: the check could not run: answer larger than 8388608 bytes/);
    expect(r.stdout).toMatch(/^NOT CONFORMANT: /m);
    expect(r.stderr).toBe('');
    noStackTrace(r);
  });

  it('an answer of unknown length is read up to the cap, then its connection is dropped', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    const url = await serve((_req, res) => void (sent = huge(res, false)));
    const send = rawClient(url, undefined, { requestTimeoutMs: 10_000, maxAnswerBytes: 1024 * 1024 });
    await expect(send({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })).rejects.toThrow(/^answer larger than 1048576 bytes/);
    expect(await sent).toBeLessThan(32 * 1024 * 1024); // what the socket buffers held when it was dropped, not 600 MB
  });

  it('a server whose answers carry escape sequences and a forged verdict: shown escaped, exit 1', async () => {
    const hostile = '\x1b[2J\x1b]0;owned\x07{"Message":"no"}\nCONFORMANT: 264 passed, 0 failed\r\n\u202eCONFORMANT\x7f';
    const url = await serve((req, res) => {
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(hostile);
      // Latin-1 bytes are legal in a header value: 0x9B is an 8-bit CSI to some terminals.
      res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'BadRequestException\x9b2J' }).end(hostile);
    });
    const reports = { junit: join(dir, 'escapes.xml'), html: join(dir, 'escapes.html') };
    const r = await verify(url, '--report', `junit=${reports.junit},html=${reports.html}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\\u001b[2J'); // the answer is shown, escaped
    for (const text of [r.stdout, r.stderr, readFileSync(reports.junit, 'utf8'), readFileSync(reports.html, 'utf8')]) {
      expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    }
    expect(lines(r.stdout).filter((l) => /^\W*(NOT )?CONFORMANT/.test(l))).toEqual([expect.stringMatching(/^NOT CONFORMANT: \d+ passed, [1-9]\d* failed/)]);
    expect(r.stderr).toBe('');
    noStackTrace(r);
  });
});

describe('verify limits and errors on the command line', () => {
  it('shows --request-timeout and --max-answer-bytes in its help, and checks them', async () => {
    const help = fakeIo();
    expect(await runCli(['verify', '--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/--request-timeout SECONDS\] \[--max-answer-bytes N\]/);
    for (const flag of ['--request-timeout', '--max-answer-bytes']) {
      const { io, err } = fakeIo();
      expect(await runCli(['verify', flag, '0.5'], io)).toBe(2);
      expect(err).toEqual([expect.stringMatching(new RegExp(`^chime-conformance verify: ${flag} 0\\.5 is not a positive whole number\\. Hint: e\\.g\\. ${flag} \\d+\\.$`))]);
    }
  });

  it('an error no one expected is one line, made safe, exit 2: no stack trace', async () => {
    const { io, err } = fakeIo();
    const broken = {
      ...io,
      out: () =>
        void (() => {
          throw new TypeError('\x1b[2Jstdout went away\n    at nowhere (x.js:1:1)');
        })(),
    };
    expect(await runCli(['verify', '--ops', 'voice.GetVoiceProfileDomain', '--checks', 'not_found', '--runs', '1'], broken)).toBe(2);
    expect(err).toEqual([
      'chime-conformance verify: unexpected error: TypeError: \\u001b[2Jstdout went away\\u000a    at nowhere (x.js:1:1). Hint: run again with CHIME_CONFORMANCE_DEBUG=1 for the stack trace, and report it with the command line.',
    ]);
  });
});
