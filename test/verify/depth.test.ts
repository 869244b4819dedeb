import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { openTarget } from '../../src/verify/reach/openTarget.js';
import { cellTimeLimit } from '../../src/verify/run/property.js';
import { runVerify } from '../../src/verify/run/runVerify.js';

describe('a deep run of the reference is no false alarm', () => {
  it('gives a cell time in proportion to its cases, never less than the limit given', () => {
    expect(cellTimeLimit(30_000, 10)).toBe(30_000);
    expect(cellTimeLimit(30_000, 3)).toBe(30_000);
    expect(cellTimeLimit(30_000, 1000)).toBe(3_000_000);
  });

  // The emulator as `serve` runs it: a speaker search takes 3 s to succeed, so each voice profile case waits
  // for a voiceprint. At a fixed time limit, 100 of them failed the reference ("only 42 of 100 cases finished").
  it('passes 100 voice profile cases against real lifecycle timings with the default limits', { timeout: 120_000 }, async () => {
    const server = await startServer({});
    const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
    try {
      const started = performance.now();
      const result = await runVerify({
        target: opened.target,
        embedded: false,
        service: 'voice',
        ops: ['voice.CreateVoiceProfile', 'voice.UpdateVoiceProfile'],
        checks: ['positive_acceptance'],
        shard: { index: 1, count: 1 },
        runs: 100,
        seed: 1,
        auth: 'off',
        region: 'us-east-1',
        credentials: exampleCredentials,
      });
      const why = result.cells.map((c) => (c.outcome.status === 'fail' ? `${c.operation}: ${c.outcome.failure.message}` : '')).filter(Boolean);
      console.log(`depth: 2 cells × 100 cases against real timings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(why).toEqual([]);
      expect(result.cells.map((c) => (c.outcome.status === 'pass' ? c.outcome.cases : 0))).toEqual([100, 100]);
    } finally {
      await opened.close();
      await server.close();
    }
  });
});
