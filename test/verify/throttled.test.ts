import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { startServer, type ServerOptions } from '../../src/emulator/http/startServer.js';
import { noFaults } from '../../src/emulator/wire/faults.js';
import type { VerifyEvent } from '../../src/verify/run/events.js';
import { mutants } from '../mutants/mutants.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-throttled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs verify against a loopback server with these options, and closes it. */
async function verify(options: ServerOptions, args: readonly string[]) {
  const server = await startServer(options);
  try {
    const { io, out, err } = fakeIo();
    const code = await runCli(['verify', '--endpoint', server.url, '--seed', '11', ...args], io);
    return { code, text: out.join('\n'), err: err.join('\n') };
  } finally {
    await server.close();
  }
}

const verdictOf = (text: string) => text.split('\n').find((l) => /^(CONFORMANT|NOT CONFORMANT|INCONCLUSIVE):/.test(l)) ?? '';

describe('throttling and transient faults are not non-conformance', () => {
  it('calls the emulator conformant at --runs 10 with one request in five answered 429, and every report counts the retries', { timeout: 300_000 }, async () => {
    const [json, junit, html] = ['run.ndjson', 'run.xml', 'run.html'].map((f) => join(dir, f)) as [string, string, string];
    const started = performance.now();
    // serve's own timings (a speaker search takes 3 s): a Stop retried after 1 s and 2 s still finds its task active.
    // --parallel 32: a throttled run mostly sleeps out backoffs; --time-limit for the cells that wait most.
    const args = ['--runs', '10', '--parallel', '32', '--time-limit', '120', '--report', `json=${json},junit=${junit},html=${html}`];
    const r = await verify({ faults: { ...noFaults, throttle: 0.2, seed: 5 } }, args);
    console.log(`throttle=0.2 --runs 10: ${verdictOf(r.text)} (test took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    expect(verdictOf(r.text), r.text.slice(-3000)).toMatch(/^CONFORMANT: \d+ passed, 0 failed, .*, 0 inconclusive, \d+ retries, on /);
    expect(r.code).toBe(0);
    const retries = Number(/, (\d+) retries, on /.exec(verdictOf(r.text))?.[1]);
    expect(retries).toBeGreaterThan(0);
    expect(r.text).toMatch(new RegExp(`↻ ${retries} requests sent again after a 429 or 503 answer`));
    const events = readFileSync(json, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as VerifyEvent);
    const cells = events.flatMap((e) => (e.type === 'cell' ? [e] : []));
    expect(cells.reduce((n, c) => n + c.retries, 0)).toBe(retries);
    expect(events.at(-1)).toMatchObject({ type: 'run-end', failed: 0, inconclusive: 0 });
    const properties = [...readFileSync(junit, 'utf8').matchAll(/<property name="retries" value="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(properties.reduce((a, b) => a + b, 0)).toBe(retries);
    expect(readFileSync(html, 'utf8')).toContain(`<span class="inconclusive">0 inconclusive</span>; <span class="retries">${retries} retries</span>`);
  });

  it('says INCONCLUSIVE and exits 2 when nothing failed but a cell never got a real answer', async () => {
    const args = ['--checks', 'positive_acceptance', '--ops', 'voice.ListVoiceProfileDomains', '--runs', '2', '--max-attempts', '2'];
    const r = await verify({ faults: { ...noFaults, throttle: 1 } }, args);
    // Two cases, each run 4 times, each run's request sent twice: 8 retries.
    expect(verdictOf(r.text)).toMatch(/^INCONCLUSIVE: 0 passed, 0 failed, 0 not applicable.*, 1 inconclusive, 8 retries, on /);
    expect(r.text).toContain(
      '? positive_acceptance on voice.ListVoiceProfileDomains: 2 of 2 cases got no real answer, each run 4 times: voice.ListVoiceProfileDomains answered 429 ThrottledClientException',
    );
    expect(r.code).toBe(2);
  });

  it('says NOT CONFORMANT and exits 1 when a cell failed, however many others were inconclusive', async () => {
    const okNot201 = mutants.find((m) => m.name === 'ok-200-not-201')?.options ?? {};
    const faults = { ...noFaults, throttle: 1, operations: ['voice.ListVoiceProfileDomains'] };
    const args = ['--checks', 'positive_acceptance', '--ops', 'voice.ListVoiceProfileDomains,voice.CreateVoiceProfileDomain', '--runs', '2', '--max-attempts', '1'];
    const r = await verify({ ...okNot201, faults }, args);
    expect(verdictOf(r.text)).toMatch(/^NOT CONFORMANT: 0 passed, 1 failed, 0 not applicable.*, 1 inconclusive, 0 retries, on /);
    expect(r.code).toBe(1);
  });
});
