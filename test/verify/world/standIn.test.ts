import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { quickLifecycle } from '../../../src/verify/reach/openTarget.js';
import { repoRoot } from '../../support/paths.js';
import { startSetupHook } from '../../support/setupHook.js';
import { cliMain } from '../../support/cliMain.js';
import { fileTempDir } from '../../support/tempDir.js';

// The tests run concurrently: each makes its own directory inside this one, removed after the last of them.
const dir = fileTempDir('stand-in-');

// A stand-in for the real service in CI: strict resources, no control plane, strict SigV4 with credentials from
// the environment (a session token among them), one request in five throttled and 50 ms on every answer. The
// CLI must call it CONFORMANT through a setup hook, and through fixtures on a smaller scope. Only loopback.
const env = { AWS_ACCESS_KEY_ID: 'ASIASTANDIN000000001', AWS_SECRET_ACCESS_KEY: 'stand/in/secret/key/of/the/ci/test/0000', AWS_SESSION_TOKEN: 'stand-in-session-token' };
const faults = { throttle: 0.2, unavailable: 0, latencyMs: 50, operations: [], seed: 5 };
// A throttled Stop waits out the SDK's backoff (500 ms and more): a speaker search of the fast timings (400 ms)
// would end first, and its Stop rightly answer 404. Searches here last as long as on the service's scale.
const lifecycle = { ...quickLifecycle, speakerSearchMs: 4000 };
// Eight cells at once, not four: with 50 ms on every answer and backoffs, the run is mostly waiting (64 s → 40 s).

async function run(setup: (core: Parameters<typeof startSetupHook>[0]) => Promise<{ args: string[]; done?: () => Promise<void> }>) {
  const credentials = [{ accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }];
  const server = await startServer({ strictResources: true, controlPlane: false, auth: 'strict', credentials, faults, lifecycle });
  const given = await setup(server.core);
  const report = join(mkdtempSync(join(dir, 'run-')), 'report.ndjson');
  const args = ['verify', '--endpoint', server.url, '--auth', 'strict', '--runs', '3', '--seed', '1', '--parallel', '8', '--report', `json=${report}`, ...given.args];
  try {
    const child = spawn(process.execPath, [cliMain, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    const code = await new Promise<number | null>((ok) => child.once('exit', ok));
    const cells = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; retries?: number });
    const retries = cells.reduce((n, e) => n + (e.type === 'cell' ? (e.retries ?? 0) : 0), 0);
    return { code, verdict: stdout.split('\n').find((l) => /CONFORMANT|INCONCLUSIVE/.test(l)) ?? stdout.slice(-2000), retries };
  } finally {
    await given.done?.();
    await server.close();
  }
}

describe.concurrent('verify on a stand-in for the service: strict everything, throttled, credentials from the environment', { timeout: 300_000 }, () => {
  it('is CONFORMANT through a setup hook, retries counted', async () => {
    const r = await run(async (core) => {
      const hook = await startSetupHook(core);
      return { args: ['--setup-url', hook.url], done: () => hook.close() };
    });
    expect(r.verdict).toMatch(/^CONFORMANT: \d+ passed, 0 failed, .*\(setup: setup hook\), 0 inconclusive/);
    expect(r.code).toBe(0);
    expect(r.retries).toBeGreaterThan(0);
  });

  it('is CONFORMANT on a smaller scope through fixtures made before the run, the rest not applicable with reasons', async () => {
    const r = await run(async (core) => {
      const calls = Array.from({ length: 10 }, (_, i) => core.startCall('abcdef1234567890abcde', `fixture-${i}`));
      const pipelines = Array.from({ length: 10 }, (_, i) => `fixture-pipeline-${i}`);
      for (const p of pipelines) core.createPipeline(p);
      const file = join(mkdtempSync(join(dir, 'fixtures-')), 'fixtures.json');
      writeFileSync(file, JSON.stringify({ calls: calls.map((c) => ({ voiceConnectorId: c.voiceConnectorId, transactionId: c.transactionId })), pipelines }));
      return { args: ['--fixtures', file] };
    });
    expect(r.verdict).toMatch(/^CONFORMANT: \d+ passed, 0 failed, \d+ not applicable \(setup: fixtures; \d+ of them for want of setup: needs a new/);
    expect(r.code).toBe(0);
  });
});
