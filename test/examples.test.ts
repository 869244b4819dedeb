import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.js';
import { testTempDir } from './support/tempDir.js';

const built = existsSync(resolve(repoRoot, 'dist/src/index.js'));
const example = 'examples/fuzzYourImplementation.ts';
const customCheck = 'examples/customCheck.ts';
const eventHandler = 'examples/fuzzYourEventHandler.ts';
const mswQuickStart = 'examples/mswQuickStart.ts';
// tsx's loader in this Node process, not the tsx command, which starts a second Node to run it (a third of a second of CPU each).
const node = process.execPath;
const ts = (file: string) => ['--import', 'tsx', file];

/**
 * Runs `test` on a copy of an example with one text replaced, written inside the repo so that the example's
 * import of 'chime-conformance' resolves to this package; the copy is removed afterwards.
 */
function withEdited(file: string, from: string, to: string, test: (path: string) => void): void {
  const source = readFileSync(resolve(repoRoot, file), 'utf8');
  expect(source, `${file} no longer holds the text the test replaces`).toContain(from);
  const dir = mkdtempSync(resolve(repoRoot, 'examples/.tmp-'));
  try {
    writeFileSync(resolve(dir, 'broken.ts'), source.replace(from, to));
    test(resolve(dir, 'broken.ts'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('documented examples', () => {
  it.each([
    [example, 'docs/fuzzing.md'],
    ['examples/consumerContract.ts', 'docs/pact.md'],
    [customCheck, 'docs/verify.md'],
    [eventHandler, 'docs/events.md'],
    [mswQuickStart, 'docs/emulator.md'],
  ])('the docs show %s exactly as it is (%s)', (file, page) => {
    expect(readFileSync(resolve(repoRoot, page), 'utf8')).toContain(readFileSync(resolve(repoRoot, file), 'utf8'));
  });

  it.runIf(built)('the consumer contract example runs against the package and writes its pact', () => {
    const out = execFileSync(node, ts('examples/consumerContract.ts'), { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PACT_DO_NOT_TRACK: 'true', TMPDIR: testTempDir('example-pacts-') } });
    expect(out).toContain('contract written');
  });

  it.runIf(built)('the fuzzing example runs against the package and passes', () => {
    expect(execFileSync(node, ts(example), { cwd: repoRoot, encoding: 'utf8' })).toContain('the check conforms');
  });

  it.runIf(built)('the fuzzing example catches a check that forgets a rule', () => {
    withEdited(example, ' && /\\S/.test(id)', '', (broken) => {
      const run = () => execFileSync(node, ts(broken), { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
      expect(run).toThrow(/breaks pattern at \/SpeakerSearchTaskId/);
    });
  });

  it.runIf(built)('the MSW quick start runs as written, against the package', () => {
    expect(execFileSync(node, ts(mswQuickStart), { cwd: repoRoot, encoding: 'utf8' })).toContain('speaker search SUCCEEDED');
  });

  it.runIf(built)('the event handler example takes every valid event, against the package', () => {
    expect(execFileSync(node, ts(eventHandler), { cwd: repoRoot, encoding: 'utf8' })).toContain('the handler takes every valid event');
  });

  it.runIf(built)('the event handler example catches a handler that assumes scores are numbers', () => {
    withEdited(eventHandler, "positive: Number(scores['positive']),", "positive: Number((scores['positive'] as number).toFixed(3)),", (broken) => {
      const run = () => execFileSync(node, ts(broken), { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
      expect(run).toThrow(/toFixed is not a function/);
    });
  });

  it.runIf(built)('the custom check example gates its own rule beside the built-in ones, against the package', () => {
    const out = execFileSync(node, ts(customCheck), { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/^conformant, created_now included \(6 operations\)$/m);
  });

  it.runIf(built)('the custom check example fails, with curl and a replay value, when its rule breaks', () => {
    // No skew allowed at all: every Create and Start breaks the rule.
    withEdited(customCheck, '5 * 60_000', '-1', (broken) => {
      let out = '';
      try {
        execFileSync(node, ts(broken), { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        out = String((e as { stdout?: unknown }).stdout);
        expect((e as { status?: unknown }).status).toBe(1);
      }
      expect(out).toMatch(
        /✗ created_now on voice\.CreateVoiceProfileDomain: CreatedTimestamp \S+ is \d+ ms from now\n\s+curl -i -X POST .*\n\s+replay: created_now\/voice\.CreateVoiceProfileDomain\/\d+\//,
      );
      expect(out).not.toMatch(/✗ (?!created_now)/); // the built-in checks still pass
      expect(out).toContain('NOT conformant');
    });
  });
});
