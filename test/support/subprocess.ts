import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { testCredentials } from './sdk.js';

const execFileAsync = promisify(execFile);

/** How a finished subprocess ended: its exit code and what it printed. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment for an AWS client subprocess: the test credentials and region, and nothing from the
 * user's AWS setup (no profile, no config or credentials file, no endpoint override, no metadata lookups).
 */
export function isolatedAwsEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && !k.startsWith('BOTO_')) env[k] = v;
  return {
    ...env,
    AWS_ACCESS_KEY_ID: testCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: testCredentials.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8',
  };
}

/**
 * Runs a program asynchronously (so an in-process server keeps answering it) and resolves with its exit
 * code, whatever it is. Rejects only when the program cannot be started or runs past `timeoutMs`.
 */
export async function run(file: string, args: readonly string[], timeoutMs = 30_000): Promise<Ran> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { env: isolatedAwsEnv(), timeout: timeoutMs, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string | null; stdout?: string; stderr?: string };
    if (typeof err.code === 'number') return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    if (err.killed === true)
      throw new Error(`chime-conformance test: ${file} ${args.slice(0, 3).join(' ')} ran past ${timeoutMs} ms and was killed (${err.signal ?? 'no signal'}). stderr: ${err.stderr ?? ''}`);
    throw err;
  }
}

/** Whether a tool is usable: its version line, or why it is not. Never throws. */
export async function probe(file: string, args: readonly string[]): Promise<{ readonly ok: true; readonly version: string } | { readonly ok: false; readonly reason: string }> {
  try {
    const ran = await run(file, args, 20_000);
    if (ran.code === 0) return { ok: true, version: `${ran.stdout}${ran.stderr}`.trim() };
    return { ok: false, reason: `\`${file} ${args.join(' ')}\` exited ${ran.code}: ${ran.stderr.trim().split('\n').pop() ?? ''}` };
  } catch (e) {
    return { ok: false, reason: `\`${file}\` could not be run: ${(e as Error).message}` };
  }
}
