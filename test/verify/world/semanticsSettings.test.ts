import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/emulator/http/startServer.js';
import type { Semantics } from '../../../src/emulator/core/semantics/semantics.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget, quickLifecycle } from '../../../src/verify/reach/openTarget.js';
import { runVerify } from '../../../src/verify/run/runVerify.js';
import { chooseWorld } from '../../../src/verify/world/chooseWorld.js';

/** verify on serve with one semantics setting: the cells that failed, and those skipped for want of setup. */
async function verifyOn(semantics: Semantics, strictResources: boolean) {
  const server = await startServer({ lifecycle: quickLifecycle, semantics, strictResources });
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  try {
    const world = await chooseWorld(opened.target, { from: 'auto' }, defaultAnswerLimits);
    const base = { target: opened.target, embedded: false, ops: [], checks: [], runs: 3, seed: 7, region: 'us-east-1', credentials: exampleCredentials, parallel: 6, shrink: false } as const;
    const result = await runVerify({ ...base, auth: 'off', world });
    return {
      failed: result.cells.flatMap((c) => (c.outcome.status === 'fail' ? [`${c.check} ${c.operation}: ${c.outcome.failure.message}`] : [])),
      setupSkips: result.cells.flatMap((c) => (c.outcome.status === 'skip' && c.outcome.setup ? [c.outcome.reason] : [])),
    };
  } finally {
    await Promise.all([opened.close(), server.close()]);
  }
}

// The emulator's refusals of its own choice (docs/emulator.md, "Semantics") are no check's business.
describe('verify on the reference with either semantics setting', { timeout: 120_000 }, () => {
  it.each([
    ['documented', false],
    ['strict', true],
  ] as const)('is conformant on %s semantics (strict resources: %s)', async (semantics, strictResources) => {
    const r = await verifyOn(semantics, strictResources);
    expect(r.failed).toEqual([]);
    expect(r.setupSkips).toEqual([]);
  });
});
