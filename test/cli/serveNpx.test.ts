import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { collect, killIfAlive, portFreed } from './portFreed.js';
import { cliMain } from '../support/cliMain.js';

// A project whose chime-conformance bin is this tree, from source: `npx --no-install` finds it there, offline,
// and runs it as it runs any bin, npm → sh -c → node. The bin writes its pid (node's, after exec) for cleanup.
const project = mkdtempSync(join(tmpdir(), 'serve-npx-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
writeFileSync(join(project, 'package.json'), '{ "name": "serve-npx", "private": true }\n');
mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
const bin = join(project, 'node_modules/.bin/chime-conformance');
writeFileSync(bin, `#!/bin/sh\necho $$ > "${project}/pid"\ncd "${repoRoot}" && exec "${process.execPath}" "${cliMain}" "$@"\n`);
chmodSync(bin, 0o755);

describe.skipIf(process.platform === 'win32')('npx chime-conformance serve &, then the job killed', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)('%s to npm: the server stops and frees its port', async (signal) => {
    const npx = spawn('npx', ['--no-install', 'chime-conformance', 'serve', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
    const out = collect(npx.stdout);
    const port = Number(new URL((await out.waitFor(/listening on (http:\/\/\S+)/))[1] ?? '').port);
    const serverPid = Number(readFileSync(join(project, 'pid'), 'utf8'));
    try {
      npx.kill(signal);
      expect(await portFreed(port), out.text()).toBe(true);
      await out.waitFor(/^stopped$/m);
    } finally {
      killIfAlive(serverPid);
    }
  });
});
