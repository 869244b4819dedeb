import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { shownEndpoint } from '../../src/verify/report/shownEndpoint.js';
import { repoRoot } from '../support/paths.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'report-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the run a report is about', () => {
  it('hides the credentials of an endpoint: user info and query values', () => {
    expect(shownEndpoint('https://ci:hunter2@impl.example:8443/base?token=s3cret&x=1')).toBe('https://***:***@impl.example:8443/base?token=***&x=***');
    expect(shownEndpoint('http://127.0.0.1:4566')).toBe('http://127.0.0.1:4566');
    expect(shownEndpoint('not a url')).toBe('not a url');
  });

  it('verify --report html= heads the page with the target, seed, start, duration, version and the counts the console says', async () => {
    const file = join(dir, 'run.html');
    const { io, out } = fakeIo();
    const before = Date.now();
    expect(await runCli(['verify', '--service', 'voice', '--ops', 'voice.GetVoiceProfileDomain', '--runs', '2', '--seed', '7', '--report', `html=${file}`], io)).toBe(0);
    const page = readFileSync(file, 'utf8');
    const verdict = /CONFORMANT: (\d+) passed, (\d+) failed, (\d+) not applicable/.exec(out.join('\n'));
    expect(page).toContain('<dd id="run-endpoint">the embedded emulator</dd>');
    expect(page).toContain('<dd id="run-seed">7</dd>');
    const started = Date.parse(/<dd id="run-started">([^<]+)<\/dd>/.exec(page)?.[1] ?? '');
    expect(started).toBeGreaterThanOrEqual(before - 1000);
    expect(started).toBeLessThanOrEqual(Date.now());
    expect(page).toMatch(/<dd id="run-duration">\d+\.\d s<\/dd>/);
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(page).toContain(`<dd id="run-chime-conformance">${version}</dd>`);
    expect(page).toContain(`<span class="pass">${verdict?.[1]} passed</span>, <span class="fail">${verdict?.[2]} failed</span>, <span class="skip">${verdict?.[3]} not applicable</span>`);
    expect(page).not.toMatch(/<(script|link|img)[^>]+src=|<link /); // one self-contained file
  });
});
