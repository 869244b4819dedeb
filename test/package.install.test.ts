import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, writeProbes, type LoadStyle } from './support/probe.js';
import { freshProject, installed, packTarball } from './support/tarball.js';

const entries = ['', '/contract', '/arbitraries', '/emulator', '/verify', '/msw', '/pact'];
const heavy = /^(@pact-foundation\/|msw$|@aws-sdk\/)/;
const ran = (file: string, args: readonly string[], cwd: string) =>
  promisify(execFile)(file, args, { cwd, encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

// The package as a user gets it: the packed tarball installed into fresh projects. The ESM one has the optional
// peers (Pact, MSW); the CommonJS one has none, as a user who only validates would have.
describe('a fresh install of the tarball', () => {
  let root = '';
  const dirs = { import: '', require: '' } as Record<LoadStyle, string>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'chime-install-'));
    const { path } = packTarball(root);
    dirs.import = join(root, 'esm');
    dirs.require = join(root, 'cjs');
    await Promise.all([freshProject(dirs.import, 'module', [path, installed('@pact-foundation/pact'), installed('msw')]), freshProject(dirs.require, 'commonjs', [path])]);
    writeProbes(dirs.import);
    writeProbes(dirs.require);
  }, 150_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // Its time is printed, not asserted: a duration depends on what else the machine runs (a bench's figure, not a
  // test's). What keeps it small is asserted: none of the heavy packages is loaded.
  it.each(['import', 'require'] as const)('chime-conformance/contract by %s: loaded and one request validated with no Pact, MSW or AWS SDK loaded', async (style) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await probe(dirs[style], style, 'chime-conformance/contract', { validate: true })).ms);
    const traced = await probe(dirs[style], style, 'chime-conformance/contract', { validate: true, trace: true });
    console.log(`contract by ${style}: ${times.map((t) => t.toFixed(0)).join(', ')} ms; packages loaded: ${traced.packages.join(', ')}`);
    expect(traced.packages.filter((p) => heavy.test(p))).toEqual([]);
  });

  it('reports the import time and RSS of every entry, by import and by require', async () => {
    const lines: string[] = [];
    for (const entry of entries) {
      for (const style of ['import', 'require'] as const) {
        const { ms, rssMb } = await probe(dirs.import, style, `chime-conformance${entry}`);
        lines.push(`${`chime-conformance${entry}`.padEnd(31)} ${style.padEnd(7)} ${ms.toFixed(0).padStart(5)} ms ${rssMb.toFixed(0).padStart(4)} MB`);
      }
    }
    console.log(lines.join('\n'));
  });

  it('without the optional peers the root loads, and /pact and /msw say in one line what to install', async () => {
    await expect(probe(dirs.require, 'require', 'chime-conformance', { validate: true })).resolves.toBeDefined();
    const pact = await ran(process.execPath, ['probe.cjs', 'chime-conformance/pact'], dirs.require);
    expect(pact.stderr).toContain('\nError: chime-conformance/pact needs @pact-foundation/pact: npm install -D @pact-foundation/pact\n');
    const msw = await ran(process.execPath, ['probe.mjs', 'chime-conformance/msw'], dirs.require);
    expect(msw.stderr).toContain('\nError: chime-conformance/msw needs msw: npm install -D msw\n');
  });

  it('the bin runs without Pact; pact verify says what to install', async () => {
    const bin = join(dirs.require, 'node_modules/.bin/chime-conformance');
    expect((await ran(bin, ['operations'], dirs.require)).stdout.trim().split('\n')).toHaveLength(22);
    const verify = await ran(bin, ['pact', 'verify'], dirs.require);
    expect(verify.code).toBe(2);
    expect(verify.stderr.trim()).toBe('chime-conformance pact: pact verify needs @pact-foundation/pact, which is not installed. Hint: npm install -D @pact-foundation/pact.');
  });

  // The broker client is an optional peer too; everything before it is checked first, so nothing is sent anywhere.
  it('pact publish without @pact-foundation/pact-cli names it and the command that installs it', async () => {
    const publish = await ran(join(dirs.require, 'node_modules/.bin/chime-conformance'), ['pact', 'publish', '--broker-url', 'http://127.0.0.1:9', '--consumer-app-version', '1'], dirs.require);
    expect(publish).toMatchObject({ code: 2, stdout: '' });
    const hint = 'Hint: npm install --save-dev @pact-foundation/pact-cli.';
    expect(publish.stderr).toBe(`chime-conformance pact: pact publish needs @pact-foundation/pact-cli, which is not installed. ${hint}\n`);
  });
});
