/**
 * vitest's global setup: one scratch directory for the whole run, which test files share (through `inject`)
 * for what is worth making once, such as the packed tarball (tarball.ts), and which is removed at the end.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runScratch: string;
  }
}

export default function runScratch(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'chime-run-'));
  project.provide('runScratch', dir);
  // Watch mode: what a rerun tests may have changed since, so nothing made for the last run is reused.
  project.onTestsRerun(() => {
    for (const made of readdirSync(dir)) rmSync(join(dir, made), { recursive: true, force: true });
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
