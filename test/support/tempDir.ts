import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const made = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const remove = (dir: string) => () => rmSync(dir, { recursive: true, force: true });

/** A directory under the system's temporary one for a whole test file, removed after its last test. */
export function fileTempDir(prefix: string): string {
  const dir = made(prefix);
  afterAll(remove(dir));
  return dir;
}

/**
 * A directory under the system's temporary one for the running test, removed when it ends. Not in concurrent
 * tests: which test is running is not known there, so make directories inside a fileTempDir instead.
 */
export function testTempDir(prefix: string): string {
  const dir = made(prefix);
  onTestFinished(remove(dir));
  return dir;
}
