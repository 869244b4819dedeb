import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../src/verify/events.js';
import { html } from '../../src/verify/report/html.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) console.warn('HTML report test: skipping the browser rendering: no Debian chromium at /usr/bin/chromium (apt install chromium)');

const cells: CellEvent[] = [
  { type: 'cell', check: 'positive_acceptance', operation: 'voice.GetVoiceProfile', outcome: { status: 'pass', cases: 3 }, ms: 5 },
  { type: 'cell', check: 'not_found', operation: 'voice.GetVoiceProfile', outcome: { status: 'fail', cases: 1, failure: { message: 'answered 400 <b>BadRequestException</b>', curl: "curl -i 'http://x/voice-profiles/p'" } }, ms: 5 },
  { type: 'cell', check: 'positive_acceptance', operation: 'voice.ListVoiceProfiles', outcome: { status: 'pass', cases: 3 }, ms: 5 },
  { type: 'cell', check: 'not_found', operation: 'voice.ListVoiceProfiles', outcome: { status: 'skip', reason: 'n/a' }, ms: 0 },
];

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  it('renders the operations × checks matrix and the counterexample, markup in messages escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      writeFileSync(join(dir, 'report.html'), html(cells, 'run'));
      const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`];
      const { stdout } = await promisify(execFile)(chromium ?? '', [...flags, '--dump-dom', `file://${join(dir, 'report.html')}`], { timeout: 60_000 });
      const rows = [...stdout.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1] ?? '');
      expect(rows).toHaveLength(3);
      expect(rows[1]).toMatch(/voice\.GetVoiceProfile<\/td><td class="pass"[^>]*>✓<\/td><td class="fail"[^>]*>✗/);
      expect(stdout).toContain('&lt;b&gt;BadRequestException&lt;/b&gt;');
      expect(stdout).not.toContain('<b>BadRequestException</b>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
