import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { brokerClientEntry } from './brokerClient.js';
import { brokerSecrets, redactBrokerText } from './brokerSecrets.js';

export interface ContractPublication {
  readonly brokerUrl: string;
  readonly consumerAppVersion: string;
  readonly pactFiles: readonly string[];
  readonly branch?: string;
  readonly tags?: readonly string[];
  readonly buildUrl?: string;
  /** HTTP retries of the broker client; it waits about a minute on an unreachable broker with its own default. */
  readonly retries?: number;
  /** Where PACT_BROKER_TOKEN or PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD come from (process.env by default). */
  readonly env?: NodeJS.ProcessEnv;
  /** Each line the broker client prints, credentials redacted. */
  readonly onLine?: (line: string) => void;
}

/** HTTP retries of the broker client unless told otherwise (its own default waits a minute on a dead broker). */
export const defaultRetries = 2;

export type PublicationResult = { readonly ok: true; readonly output: readonly string[] } | { readonly ok: false; readonly output: readonly string[]; readonly message: string };

function brokerArgs(p: ContractPublication): string[] {
  return [
    'publish',
    ...p.pactFiles,
    '--broker-base-url',
    p.brokerUrl,
    '--consumer-app-version',
    p.consumerAppVersion,
    ...(p.branch !== undefined ? ['--branch', p.branch] : []),
    ...(p.tags ?? []).flatMap((t) => ['--tag', t]),
    ...(p.buildUrl !== undefined ? ['--build-url', p.buildUrl] : []),
    '--retries',
    String(p.retries ?? defaultRetries),
  ];
}

/** Publishes pact files to a Pact Broker through the official broker client; its output comes back with credentials redacted. */
export async function publishContracts(p: ContractPublication): Promise<PublicationResult> {
  const entry = brokerClientEntry();
  if ('problem' in entry) return { ok: false, output: [], message: `${entry.problem}; reinstall with npm ci on this platform` };
  const env = p.env ?? process.env;
  const secrets = brokerSecrets(env, p.brokerUrl);
  const child = spawn(process.execPath, [entry.path, ...brokerArgs(p)], { env: { ...env, PACT_DO_NOT_TRACK: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  // Whole lines only: a credential split across two pipe chunks would match no secret and print in halves.
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw: string) => {
      const line = redactBrokerText(raw.trimEnd(), secrets);
      if (line.length === 0) return;
      output.push(line);
      p.onLine?.(line);
    });
  const lines = [collect(child.stdout), collect(child.stderr)].map((rl) => new Promise((done) => rl.on('close', done)));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  await Promise.all(lines);
  if (code === 0) return { ok: true, output };
  const reason = output.filter((l) => l.includes('❌') || /error|fail/i.test(l)).at(-1) ?? `the broker client exited with ${String(code)}`;
  return { ok: false, output, message: reason.replace(/^❌\s*/, '') };
}
