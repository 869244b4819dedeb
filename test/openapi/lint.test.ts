/** The exports pass a real OpenAPI linter (Redocly CLI, recommended rules): no errors; warnings are printed. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportDocuments, services } from './exportDocuments.js';

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly problems: readonly { readonly ruleId: string; readonly severity: string; readonly message: string; readonly location?: readonly { readonly pointer?: string }[] }[];
}

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
// No telemetry or update check from a test run.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SDK_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

describe('redocly lint', () => {
  const files = exportDocuments();
  it.each(services)('the %s document has no errors', async (service) => {
    // Exit 1 on errors: the report is read either way.
    const run = await promisify(execFile)(process.execPath, [redocly, 'lint', '--format=json', files[service]], { env, maxBuffer: 64 << 20 }).catch((e: { stdout?: string }) => ({
      stdout: e.stdout ?? '',
    }));
    const report = JSON.parse(run.stdout) as LintReport;
    for (const p of report.problems.filter((x) => x.severity === 'warn')) console.warn(`redocly ${service}: ${p.ruleId} ${p.message} at ${p.location?.[0]?.pointer ?? ''}`);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? ''}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});
