import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths.js';
import { serveProcess, type ServedEmulator } from '../../support/serveProcess.js';
import { cliMain } from '../../support/cliMain.js';

// A run against a faithful target (strict resources, the control plane as setup source), stopped by SIGTERM while
// its calls are live and its tasks run: afterwards no call is live, no task runs and no domain of its stands.
let served: ServedEmulator;
beforeAll(async () => {
  // Slow Gets keep the run going while the calls and tasks it made are live.
  served = await serveProcess(['--strict-resources', '--faults', 'latency=1500,ops=voice.GetVoiceToneAnalysisTask']);
});
afterAll(async () => served.stop());

interface State {
  readonly calls: { readonly count: number; readonly items: readonly { readonly status: string }[] };
  readonly tasks: { readonly byStatus: Readonly<Record<string, number>> };
  readonly voiceProfileDomains: { readonly count: number };
}
const state = async (): Promise<State> => (await (await fetch(`${served.url}/_chime/state`)).json()) as State;

describe('verify against an endpoint, stopped by SIGTERM', () => {
  it('hangs up the calls its world made and deletes or stops what it created, without --max-created', async () => {
    const args = ['verify', '--endpoint', served.url, '--checks', 'positive_acceptance', '--ops', 'voice.GetVoiceToneAnalysisTask', '--runs', '20', '--seed', '1'];
    const child = spawn(process.execPath, [cliMain, ...args], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((ok) => child.once('exit', ok));
    for (let i = 0; i < 300 && (await state()).calls.count < 2; i++) await new Promise((r) => setTimeout(r, 50));
    const during = await state();
    expect(during.calls.items.filter((c) => c.status === 'live').length).toBeGreaterThanOrEqual(2);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).toMatch(/SIGTERM: deleting what this run created/);
    const after = await state();
    expect(after.calls.items.filter((c) => c.status === 'live')).toEqual([]);
    expect((after.tasks.byStatus['IN_PROGRESS'] ?? 0) + (after.tasks.byStatus['IN_QUEUE'] ?? 0)).toBe(0);
    expect(after.voiceProfileDomains.count).toBe(0);
  }, 60_000);
});
