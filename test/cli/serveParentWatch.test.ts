import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { collect, killIfAlive, portFreed } from './portFreed.js';
import { cliMain } from '../support/cliMain.js';

// Stands in for npm exec: starts serve and passes no signal on, so nothing but serve itself can notice it ended.
const standIn = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, [${JSON.stringify(cliMain)}, 'serve', '--port', '0', ...process.argv.slice(1)], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log('server pid ' + child.pid);
setInterval(() => undefined, 60_000);
`;

async function startedByStandIn(args: string[]) {
  const parent = spawn(process.execPath, ['-e', standIn, '--', ...args], { cwd: repoRoot });
  const out = collect(parent.stdout);
  const serverPid = Number((await out.waitFor(/server pid (\d+)/))[1]);
  const url = (await out.waitFor(/listening on (http:\/\/\S+)/))[1] ?? '';
  return { parent, out, serverPid, port: Number(new URL(url).port) };
}

describe('serve, started by a process that does not pass signals on', () => {
  it('ends when that process is killed (SIGKILL): it drains, says why, stops, and frees its port', async () => {
    const { parent, out, serverPid, port } = await startedByStandIn([]);
    try {
      parent.kill('SIGKILL');
      expect(await portFreed(port)).toBe(true);
      await out.waitFor(/^stopped$/m);
      expect(out.text()).toContain(`the process that started this one (pid ${parent.pid}) has ended\ndraining requests in flight, then stopping\nstopped\n`);
    } finally {
      killIfAlive(serverPid);
    }
  });

  it('with --no-parent-watch, serves on after it', async () => {
    const { parent, serverPid, port } = await startedByStandIn(['--no-parent-watch']);
    try {
      parent.kill('SIGKILL');
      // Three of the watch's one-second checks: long enough that a watching server would have stopped.
      await new Promise((r) => setTimeout(r, 3_000));
      expect((await fetch(`http://127.0.0.1:${port}/_chime/clock`)).status).toBe(200);
    } finally {
      killIfAlive(serverPid);
    }
  });
});
