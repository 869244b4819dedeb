import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { brokerClientEntry } from '../../pact/brokerClient.js';
import { readPactFile, type PactSummary } from '../../pact/readPactFile.js';
import { defaultRetries, publishContracts } from '../../pact/publishContracts.js';
import { UsageError, type CliIo } from '../command.js';
import { canonicalContracts } from './canonicalContracts.js';

export const pactPublishHelp = [
  'Usage: chime-conformance pact publish --broker-url URL --consumer-app-version V [--branch B] [--pact FILE]…',
  '                                      [--tag T]… [--build-url URL] [--retries N]',
  '',
  'Publishes pact files to a Pact Broker through the official broker client (@pact-foundation/pact-cli).',
  'Without --pact it publishes the canonical contracts of contracts/ (consumer aws-sdk-js-v3).',
  'Credentials come from the environment: PACT_BROKER_TOKEN (bearer), or PACT_BROKER_USERNAME and',
  'PACT_BROKER_PASSWORD (basic); they are redacted from everything printed.',
  `--retries N: HTTP retries of the broker client (default ${defaultRetries}).`,
  'Exit codes: 0 published, 1 the broker refused the pacts (its reason in one line), 2 a usage or connection',
  'error found before anything is published: missing flags, unreadable or non-V4 pact files, half-set',
  'credentials, no broker client installed (or none for this platform), or no broker answering at --broker-url.',
  'Example: chime-conformance pact publish --broker-url https://broker.example.com \\',
  '           --consumer-app-version "$(git rev-parse --short HEAD)" --branch "$(git branch --show-current)"',
].join('\n');

function checkCredentials(env: NodeJS.ProcessEnv): void {
  const has = (name: string) => (env[name] ?? '') !== '';
  if (has('PACT_BROKER_TOKEN') && has('PACT_BROKER_USERNAME'))
    throw new UsageError('both PACT_BROKER_TOKEN and PACT_BROKER_USERNAME are set', 'set the token (bearer auth) or the username and password (basic auth), not both');
  if (has('PACT_BROKER_USERNAME') !== has('PACT_BROKER_PASSWORD')) throw new UsageError('only one of PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD is set', 'basic auth needs both');
}

function checkBrokerUrl(url: string | undefined): string {
  if (url === undefined) throw new UsageError('--broker-url is required', 'give the base URL of your Pact Broker, e.g. --broker-url https://broker.example.com');
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError('--broker-url is not an http(s) URL', 'e.g. --broker-url https://broker.example.com');
  return url;
}

function readPacts(files: readonly string[]): PactSummary[] {
  const read = files.map(readPactFile);
  const problems = read.flatMap((r) => ('problem' in r ? [r.problem] : []));
  if (problems.length > 0) throw new UsageError(problems.join('; '), 'give --pact files written by Pact V4 (chimePact or the canonical contracts/)');
  return read.filter((r): r is PactSummary => !('problem' in r));
}

function parseRetries(text: string | undefined): number {
  if (text === undefined) return defaultRetries;
  if (!/^\d+$/.test(text)) throw new UsageError(`--retries "${text}" is not a whole number`, 'e.g. --retries 3');
  return Number(text);
}

const require = createRequire(import.meta.url);
/** What installs the broker client: the hint below, and docs/pact.md (a test holds the two together). */
export const brokerClientInstall = 'npm install --save-dev @pact-foundation/pact-cli';

/**
 * The broker client is an optional peer: a project without it is told which package to install. Checked apart
 * from brokerClientEntry, whose problem (no binary for this platform) is about a client that is installed.
 */
function checkBrokerClient(): void {
  try {
    require.resolve('@pact-foundation/pact-cli/package.json');
  } catch {
    throw new UsageError('pact publish needs @pact-foundation/pact-cli, which is not installed', brokerClientInstall);
  }
}

/** Whether anything answers HTTP at the broker URL (any status will do: a 401 is a broker asking for credentials). */
async function checkReachable(url: string): Promise<void> {
  const bare = new URL(url);
  bare.username = '';
  bare.password = '';
  try {
    await fetch(bare, { method: 'GET', headers: { accept: 'application/hal+json' }, signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new UsageError(`cannot reach the broker at ${bare.href}: ${cause}`, 'check --broker-url and that the broker is up');
  }
}

/** `pact publish`: checks flags, credentials and pact files, then hands them to the broker client. */
export async function pactPublish(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'broker-url': { type: 'string' },
      'consumer-app-version': { type: 'string' },
      branch: { type: 'string' },
      pact: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      'build-url': { type: 'string' },
      retries: { type: 'string' },
    },
  });
  const brokerUrl = checkBrokerUrl(values['broker-url']);
  const version = values['consumer-app-version'];
  if (!version) throw new UsageError('--consumer-app-version is required', 'use the consumer build, e.g. --consumer-app-version "$(git rev-parse --short HEAD)"');
  const env = io.env ?? process.env;
  checkCredentials(env);
  const pacts = readPacts(values.pact ?? canonicalContracts);
  const retries = parseRetries(values.retries);
  checkBrokerClient();
  const client = brokerClientEntry();
  if ('problem' in client) throw new UsageError(client.problem, 'reinstall with npm ci on this platform (linux, macOS or Windows, x64 or arm64)');
  await checkReachable(brokerUrl);
  for (const p of pacts) io.out(`pact publish: ${p.consumer} → ${p.provider}, ${p.interactions} interactions (${p.file})`);
  const result = await publishContracts({
    brokerUrl,
    consumerAppVersion: version,
    pactFiles: pacts.map((p) => p.file),
    retries,
    env,
    onLine: (line) => io.out(`  ${line}`),
    ...(values.branch !== undefined ? { branch: values.branch } : {}),
    ...(values.tag ? { tags: values.tag } : {}),
    ...(values['build-url'] !== undefined ? { buildUrl: values['build-url'] } : {}),
  });
  io.out(result.ok ? `pact publish: ${pacts.length} pacts published as ${version}` : `pact publish: FAILED: ${result.message}`);
  return result.ok ? 0 : 1;
}
