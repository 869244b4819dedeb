import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoRoot } from './paths.js';
import { cliMain } from './cliMain.js';

export interface CliProcess {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything it printed so far, per stream. */
  readonly printed: { stdout: string; stderr: string };
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * A long-running `chime-conformance` command (serve, proxy) in a process of its own,
 * resolved once it prints where it listens, on either stream.
 */
export async function cliProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliProcess> {
  const child = spawn(process.execPath, [cliMain, ...args], { cwd: repoRoot, env });
  const printed = { stdout: '', stderr: '' };
  const url = await new Promise<string>((ok, fail) => {
    const look = () => {
      const m = /listening on (http:\/\/\S+)/.exec(printed.stdout + printed.stderr);
      if (m?.[1]) ok(m[1]);
    };
    child.stdout.on('data', (d: Buffer) => ((printed.stdout += d.toString()), look()));
    child.stderr.on('data', (d: Buffer) => ((printed.stderr += d.toString()), look()));
    child.once('exit', (code) => fail(new Error(`${args[0] ?? ''} exited with ${code} before listening: ${printed.stdout}${printed.stderr}`)));
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', ok));
  return { url, child, printed, stop: (signal = 'SIGTERM') => (child.kill(signal), exited) };
}
