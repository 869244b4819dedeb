import { describe, expect, it } from 'vitest';
import { startServer, type ServerOptions } from '../../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget, quickLifecycle } from '../../../src/verify/reach/openTarget.js';
import { runVerify } from '../../../src/verify/run/runVerify.js';
import { chooseWorld, type SetupChoice } from '../../../src/verify/world/chooseWorld.js';
import { openWorld, type World } from '../../../src/verify/world/world.js';
import type { EmulatorCore } from '../../../src/emulator/core/createCore.js';
import { startSetupHook } from '../../support/setupHook.js';

// Targets that behave as the real service does: tasks only on pipelines and calls that exist, a manual clock,
// no control plane, strict SigV4 with other credentials. verify must not call them wrong for its own assumptions.
const other = { accessKeyId: 'AKIAOTHERKEY0000TEST', secretAccessKey: 'other/secret/key/for/the/strict/test/00', sessionToken: 'session-token-of-the-test' };

type Chosen = SetupChoice | ((core: EmulatorCore) => Promise<{ choice: SetupChoice; done?: () => Promise<void> }>);

async function verifyOn(options: ServerOptions, chosen: Chosen, forced?: World) {
  const server = await startServer({ lifecycle: quickLifecycle, ...options });
  const startedAt = Date.parse(server.core.snapshot().now);
  const strict = options.auth === 'strict';
  const credentials = strict ? other : exampleCredentials;
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials, auth: strict ? 'strict' : 'off' });
  const made = typeof chosen === 'function' ? await chosen(server.core) : { choice: chosen };
  try {
    const world = forced ?? (await chooseWorld(opened.target, made.choice, defaultAnswerLimits));
    // A generous time limit: a loaded CI machine is no slow target, and the limit's own cases are in depth.test.ts.
    const base = { target: opened.target, embedded: false, ops: [], checks: [], runs: 3, seed: 7, region: 'us-east-1', credentials, parallel: 6, shrink: false, timeLimitMs: 30_000 } as const;
    const result = await runVerify({ ...base, auth: strict ? 'strict' : 'off', world });
    const failed = result.cells.flatMap((c) => (c.outcome.status === 'fail' ? [`${c.check} ${c.operation}: ${c.outcome.failure.message}`] : []));
    const setupSkips = result.cells.flatMap((c) => (c.outcome.status === 'skip' && c.outcome.setup ? [c.outcome.reason] : []));
    return { failed, setupSkips, passed: result.cells.filter((c) => c.outcome.status === 'pass').length, source: world.source, core: server.core, startedAt };
  } finally {
    await made.done?.();
    await Promise.all([opened.close(), server.close()]);
  }
}

describe.concurrent('verify on faithful targets: the world comes from the target, never from leniency', { timeout: 120_000 }, () => {
  it('fails a strict-resources target when it assumes the world (why the world exists)', async () => {
    const r = await verifyOn({ strictResources: true }, { from: 'none' }, openWorld);
    expect(r.failed.length).toBeGreaterThan(10);
  });

  it('is conformant on --strict-resources through the control plane, and ends the calls it made', async () => {
    const r = await verifyOn({ strictResources: true }, { from: 'auto' });
    expect(r.failed).toEqual([]);
    expect(r.setupSkips).toEqual([]);
    expect(r.source).toBe('control plane');
    const calls = r.core.snapshot().calls;
    expect(calls.count).toBeGreaterThan(10);
    expect(calls.items.filter((c) => c.status === 'live')).toEqual([]);
  });

  it('moves a manual clock instead of waiting (real timings: a speaker search needs 3.5 s of emulated time)', async () => {
    const r = await verifyOn({ strictResources: true, clock: 'manual', lifecycle: {}, timings: 'real' }, { from: 'auto' });
    expect(r.failed).toEqual([]);
    expect(r.source).toBe('control plane, manual clock');
    // Emulated time moved only by verify's advances, and far enough for speaker searches to succeed.
    expect(Date.parse(r.core.snapshot().now) - r.startedAt).toBeGreaterThanOrEqual(3500);
  });

  it('is conformant with no control plane and strict auth through a setup hook of the user', async () => {
    let seen: readonly string[] = [];
    const hooked = async (core: EmulatorCore) => {
      const hook = await startSetupHook(core);
      seen = hook.seen;
      return { choice: { from: 'url', url: hook.url } as const, done: () => hook.close() };
    };
    const r = await verifyOn({ strictResources: true, controlPlane: false, auth: 'strict', credentials: [other] }, hooked);
    expect(r.failed).toEqual([]);
    expect(r.setupSkips).toEqual([]);
    expect(new Set(seen)).toEqual(new Set(['describe', 'create', 'teardown']));
  });

  it('is conformant on a smaller scope through fixtures made before the run: the rest not applicable, with reasons', async () => {
    const fixtures = async (core: EmulatorCore) => {
      const calls = Array.from({ length: 12 }, (_, i) => core.startCall('abcdef1234567890abcde', `fixture-call-${i}`));
      const pipelines = Array.from({ length: 12 }, (_, i) => `fixture-pipeline-${i}`);
      for (const p of pipelines) core.createPipeline(p);
      return { choice: { from: 'fixtures', fixtures: { calls, pipelines } } as const };
    };
    const r = await verifyOn({ strictResources: true, controlPlane: false, auth: 'strict', credentials: [other] }, fixtures);
    expect(r.failed).toEqual([]);
    expect(r.source).toBe('fixtures');
    expect(r.setupSkips.length).toBeGreaterThan(0);
    expect(r.setupSkips.every((s) => /^needs a new (live call|media insights pipeline) per case: the 12 of --fixtures are used up/.test(s))).toBe(true);
  });

  it('with no setup source at all, finds that the target needs resources that exist and says so instead of failing', async () => {
    const r = await verifyOn({ strictResources: true, controlPlane: false }, { from: 'auto' });
    expect(r.failed).toEqual([]);
    expect(r.source).toBe('none, and the target needs resources that exist');
    expect(r.setupSkips.length).toBeGreaterThan(10);
    expect(r.setupSkips[0]).toMatch(/^needs a (live call|media insights pipeline) that exists .*give --setup-url or --fixtures/);
  });
});
