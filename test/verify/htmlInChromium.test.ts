import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellEvent } from '../../src/verify/run/events.js';
import { html } from '../../src/verify/report/html.js';
import { missingTool } from '../support/missingTool.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const skip = missingTool(
  'Chromium',
  chromium ? undefined : 'no Debian chromium at /usr/bin/chromium',
  '.ci/run installs it with apt-get install chromium when /usr/bin/chromium is missing; see its log for why that failed',
);

const longCurl = `curl -i -X POST -H 'content-type: application/json' --data-binary '${JSON.stringify({ Name: 'n'.repeat(600), Tags: Array.from({ length: 40 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })}' 'http://x/voice-profile-domains'`;
const cells: CellEvent[] = [
  { type: 'cell', check: 'positive_acceptance', operation: 'voice.GetVoiceProfile', outcome: { status: 'pass', cases: 3 }, ms: 5, retries: 0 },
  {
    type: 'cell',
    check: 'not_found',
    operation: 'voice.GetVoiceProfile',
    outcome: { status: 'fail', cases: 1, failure: { message: 'answered 400 <b>BadRequestException</b>', curl: "curl -i 'http://x/voice-profiles/p'", replay: 'not_found/voice.GetVoiceProfile/7/0' } },
    ms: 5,
    retries: 0,
  },
  {
    type: 'cell',
    check: 'positive_acceptance',
    operation: 'voice.CreateVoiceProfileDomain',
    outcome: { status: 'fail', cases: 2, failure: { message: 'answered 200; the contract says 201', curl: longCurl } },
    ms: 5,
    retries: 0,
  },
  { type: 'cell', check: 'not_found', operation: 'voice.CreateVoiceProfileDomain', outcome: { status: 'skip', reason: 'n/a' }, ms: 0, retries: 0 },
  { type: 'cell', check: 'positive_acceptance', operation: 'voice.ListVoiceProfiles', outcome: { status: 'pass', cases: 3 }, ms: 5, retries: 0 },
  { type: 'cell', check: 'not_found', operation: 'voice.ListVoiceProfiles', outcome: { status: 'skip', reason: 'n/a' }, ms: 0, retries: 0 },
];
const run = { title: 'chime-conformance verify', endpoint: 'https://ci:hunter2@impl.example:8443/?token=s3cret', seed: 42, startedAt: '2026-11-22T10:00:00.000Z', ms: 3100, version: '0.1.0' };

const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'report.html'), html(cells, run));

/** The page's DOM after its script ran, as headless Chromium holds it; `flags` for what a test needs besides. */
async function dom(url: string, flags: readonly string[] = []): Promise<string> {
  const base = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=5000'];
  const { stdout } = await promisify(execFile)(chromium ?? '', [...base, ...flags, '--dump-dom', url], { timeout: 60_000 });
  return stdout;
}

/** Which rows (operations) and columns (checks) of the matrix, and which counterexamples, are shown. */
function shown(page: string) {
  const visible = (re: RegExp) => [...page.matchAll(re)].filter((m) => !/\bhidden\b/.test(m[0])).map((m) => m[1]);
  return {
    rows: visible(/<tr data-op="([^"]+)"[^>]*>/g),
    columns: visible(/<th class="check" data-check="([^"]+)"[^>]*>/g),
    failures: visible(/<section class="failure" id="[^"]*" data-check="([^"]+)"[^>]*>/g),
  };
}

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  it('heads the page with the run: endpoint with its secrets hidden, seed, date, duration, version, counts', async () => {
    const page = await dom(`file://${join(dir, 'report.html')}`);
    expect(page).toContain('<dd id="run-endpoint">https://***:***@impl.example:8443/?token=***</dd>');
    expect(page).not.toMatch(/hunter2|s3cret/);
    expect(page).toMatch(
      /<dd id="run-seed">42<\/dd>.*<dd id="run-started">2026-11-22T10:00:00.000Z<\/dd><dt>duration<\/dt><dd id="run-duration">3.1 s<\/dd><dt>chime-conformance<\/dt><dd id="run-chime-conformance">0.1.0<\/dd>/s,
    );
    expect(page).toMatch(/<span class="pass">2 passed<\/span>, <span class="fail">2 failed<\/span>, <span class="skip">2 not applicable<\/span>/);
  });

  it('links each failing cell to its counterexample; markup in messages stays text', async () => {
    const page = await dom(`file://${join(dir, 'report.html')}`);
    const link = /<td class="fail" data-check="not_found" data-op="voice.GetVoiceProfile"[^>]*><a href="#([^"]+)">✗<\/a><\/td>/.exec(page)?.[1];
    expect(link).toBe('failure:not_found:voice.GetVoiceProfile');
    expect(page).toContain(`<section class="failure" id="${link}"`);
    expect(page).toContain('&lt;b&gt;BadRequestException&lt;/b&gt;');
    expect(page).not.toContain('<b>BadRequestException</b>');
    expect(shown(page).rows).toHaveLength(3); // no filter: everything
    expect(page).toMatch(/<form id="filter">/); // the script ran and showed the filter
  });

  it.each([
    ['outcome=fail', { rows: ['voice.GetVoiceProfile', 'voice.CreateVoiceProfileDomain'], columns: ['positive_acceptance', 'not_found'], failures: ['not_found', 'positive_acceptance'] }],
    ['check=not_found&outcome=fail', { rows: ['voice.GetVoiceProfile'], columns: ['not_found'], failures: ['not_found'] }],
    ['op=voice.ListVoiceProfiles', { rows: ['voice.ListVoiceProfiles'], columns: ['positive_acceptance', 'not_found'], failures: [] }],
    ['outcome=pass', { rows: ['voice.GetVoiceProfile', 'voice.ListVoiceProfiles'], columns: ['positive_acceptance'], failures: [] }],
    [
      'check=<img src=x>',
      { rows: ['voice.GetVoiceProfile', 'voice.CreateVoiceProfileDomain', 'voice.ListVoiceProfiles'], columns: ['positive_acceptance', 'not_found'], failures: ['not_found', 'positive_acceptance'] },
    ],
  ])('filters by the URL hash #%s', async (hash, expected) => {
    const page = await dom(`file://${join(dir, 'report.html')}#${hash}`);
    expect(shown(page)).toEqual(expected);
    expect(page).not.toContain('<img');
  });

  it('wraps long lines: the page is no wider than an 800 px window', async () => {
    // The report in a frame of a page that measures it: --dump-dom shows the main frame only.
    const probe = `<!doctype html><iframe id="r" src="report.html" style="width:800px;height:600px;border:0"></iframe><script>
addEventListener('load', () => { const d = document.getElementById('r').contentDocument.documentElement; const p = document.createElement('p'); p.id = 'measured'; p.textContent = JSON.stringify({ scrollWidth: d.scrollWidth, clientWidth: d.clientWidth }); document.body.append(p); });
</script>`;
    writeFileSync(join(dir, 'probe.html'), probe);
    const page = await dom(`file://${join(dir, 'probe.html')}`, ['--allow-file-access-from-files']);
    const measured = JSON.parse(/<p id="measured">([^<]+)<\/p>/.exec(page)?.[1] ?? 'null') as { scrollWidth: number; clientWidth: number } | null;
    expect(measured?.clientWidth).toBeGreaterThan(700); // 800 less a scroll bar: the frame was measured
    expect(measured?.scrollWidth).toBeLessThanOrEqual(measured?.clientWidth ?? 0);
  });
});
