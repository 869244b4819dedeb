import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/verify/run/check.js';
import { runVerify } from '../../src/verify/run/runVerify.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import type { Target } from '../../src/verify/reach/target.js';

/** A target no cell here sends to. */
const nowhere: Target = {
  endpoint: 'http://127.0.0.1:9',
  raw: () => Promise.reject(new Error('nothing is sent')),
  sdk: () => Promise.reject(new Error('nothing is sent')),
  unique: (p) => p,
};

function recording(name: string, started: string[], waits?: boolean): Check {
  return { name, summary: name, applies: () => true, run: async (_ctx, op) => (started.push(`${name} ${op.id}`), { status: 'pass', cases: 1 }), ...(waits ? { waits } : {}) };
}

describe('the order cells run in', () => {
  it('starts the cells that wait first, and reports every cell in the plan order', async () => {
    const started: string[] = [];
    const ops = ['voice.GetVoiceProfile', 'voice.StartSpeakerSearchTask'];
    const checks = [recording('quick_check', started), recording('waiting_check', started, true)];
    const o = { target: nowhere, embedded: false, service: 'all' as const, ops, checks, runs: 1, seed: 1, auth: 'off' as const, region: 'us-east-1', credentials: exampleCredentials, parallel: 1 };
    const result = await runVerify(o);
    expect(started).toEqual(['waiting_check voice.GetVoiceProfile', 'waiting_check voice.StartSpeakerSearchTask', 'quick_check voice.GetVoiceProfile', 'quick_check voice.StartSpeakerSearchTask']);
    expect(result.cells.map((c) => `${c.check} ${c.operation}`)).toEqual([
      'quick_check voice.GetVoiceProfile',
      'quick_check voice.StartSpeakerSearchTask',
      'waiting_check voice.GetVoiceProfile',
      'waiting_check voice.StartSpeakerSearchTask',
    ]);
  });
});

describe('cells that wait', () => {
  it('take no slot of the pool: the other cells run while they wait', async () => {
    let quickDone = 0;
    let release: () => void = () => undefined;
    const allQuickDone = new Promise<void>((r) => (release = r));
    const quick: Check = { name: 'quick_check', summary: 'q', applies: () => true, run: async () => (++quickDone === 2 && release(), { status: 'pass', cases: 1 }) };
    // Each waiting cell waits for every quick cell, and comes first in the plan: in the pool's two slots they
    // would wait forever.
    const waiting: Check = { name: 'waiting_check', summary: 'w', waits: true, applies: () => true, run: async () => (await allQuickDone, { status: 'pass', cases: 1 }) };
    const ops = ['voice.GetVoiceProfile', 'voice.StartSpeakerSearchTask'];
    const o = {
      target: nowhere,
      embedded: false,
      service: 'all' as const,
      ops,
      checks: [waiting, quick],
      runs: 1,
      seed: 1,
      auth: 'off' as const,
      region: 'us-east-1',
      credentials: exampleCredentials,
      parallel: 2,
    };
    const result = await runVerify(o);
    expect(result.conformant).toBe(true);
    expect(result.cells).toHaveLength(4);
  });
});
