import { spawn } from 'node:child_process';
import { repoRoot } from '../support/paths.js';
import { cliMain } from '../support/cliMain.js';

export interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `chime-conformance <args>` in a process of its own (the built CLI), as a user's shell runs it.
 * With `closeStdout`, the reading end of its standard output is closed before it prints anything: what
 * `| head -1` does a moment later, without the race.
 */
export function cliProcess(args: readonly string[], options: { closeStdout?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Ended> {
  const child = spawn(process.execPath, [cliMain, ...args], { cwd: repoRoot, env: options.env ?? process.env });
  let stdout = '';
  let stderr = '';
  if (options.closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  return new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('close', (code) => ok({ code, stdout, stderr }));
  });
}
