import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';
import { cliMain } from '../support/cliMain.js';

// A verify run against a loopback `serve`, stopped by SIGTERM while what it made still stands: afterwards the
// emulator holds none of it. Only 127.0.0.1 is addressed.
let served: ServedEmulator;
beforeAll(async () => {
  // Slow Gets keep the run going while the domains each case made are still there.
  served = await serveProcess(['--faults', 'latency=1500,ops=voice.GetVoiceProfileDomain']);
});
afterAll(async () => served.stop());

const domains = async (): Promise<number> => ((await (await fetch(`${served.url}/_chime/state`)).json()) as { voiceProfileDomains: { count: number } }).voiceProfileDomains.count;

describe('verify --max-created, stopped by SIGTERM', () => {
  it('deletes what it created before it exits 143', async () => {
    const before = await domains();
    const args = ['verify', '--endpoint', served.url, '--max-created', '4', '--checks', 'positive_acceptance', '--ops', 'voice.GetVoiceProfileDomain', '--runs', '20', '--seed', '1'];
    const child = spawn(process.execPath, [cliMain, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((ok) => child.once('exit', ok));
    for (let i = 0; i < 300 && (await domains()) < before + 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await domains()).toBeGreaterThanOrEqual(before + 2);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stdout).toMatch(/creates at most 4 resources \(--max-created\)/);
    expect(stderr).toMatch(/SIGTERM: deleting what this run created/);
    expect(stdout).toMatch(/cleanup: \d resources? created; of those still standing at the end, \d deleted or stopped, nothing left/);
    expect(await domains()).toBe(before);
  }, 60_000);
});
