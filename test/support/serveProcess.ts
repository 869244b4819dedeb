import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoRoot } from './paths.js';
import { cliMain } from './cliMain.js';

export interface ServedEmulator {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `chime-conformance serve` in a process of its own, from the build the global setup made, as
 * another language's test suite would start it; resolves once it says where it listens.
 */
export async function serveProcess(args: readonly string[]): Promise<ServedEmulator> {
  const child = spawn(process.execPath, [cliMain, 'serve', '--port', '0', '--quiet', ...args], { cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code} before listening: ${stdout}${stderr}`)));
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', ok));
  return { url, child, stop: () => (child.kill('SIGTERM'), exited) };
}
