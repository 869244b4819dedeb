import { exampleCredentials } from '../../emulator/wire/sigv4.js';
import type { Credentials, SigningMode } from '../../shared/credentials.js';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import { answerLimitOptions } from './answerLimitOptions.js';
import { regionOption } from './regionOption.js';
import { UsageError } from '../command.js';
import { unknownNames } from '../unknownName.js';
import { assertReplayNames } from './replayNames.js';
import { positive } from './positiveOption.js';
import { setupOptions } from './setupOptions.js';
import type { SetupChoice } from '../../verify/world/chooseWorld.js';
import { retryOptions, type RetryOptions } from './retryOptions.js';
import { liveOptions, type LiveOptions } from './liveOptions.js';
import { awsEndpoint } from '../../verify/reach/serviceEndpoints.js';

export interface ParsedVerifyOptions extends LiveOptions, RetryOptions {
  readonly endpoint?: string;
  /** Where the pipelines, calls and time of cases come from (--setup, --setup-url, --fixtures). */
  readonly setup: SetupChoice;
  readonly service: 'media-pipelines' | 'voice' | 'all';
  readonly ops: string[];
  readonly checks: string[];
  readonly runs: number;
  readonly seed: number;
  readonly replay?: string;
  readonly shard: { index: number; count: number };
  readonly auth: SigningMode;
  readonly region: string;
  readonly credentials: Credentials;
  readonly reports: Record<string, string>;
  readonly parallel: number;
  readonly timeLimitMs: number;
  readonly limits: AnswerLimits;
}

const list = (text: string | undefined): string[] =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** Cells at once on the embedded emulator: its run is bound by its two threads' work, not by an endpoint's capacity. */
const embeddedParallel = 8;

function oneOf<T extends string>(name: string, text: string | undefined, allowed: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!allowed.includes(text as T)) throw new UsageError(`--${name} ${text} is not one of ${allowed.join(', ')}`, `e.g. --${name} ${fallback}`);
  return text as T;
}

function known(name: string, given: string[], all: readonly string[], hint: string): string[] {
  const unknown = given.filter((g) => !all.includes(g));
  if (unknown.length > 0) throw new UsageError(`--${name} names unknown ${name}: ${unknownNames(unknown, all)}`, hint);
  return given;
}

function shard(text: string | undefined): { index: number; count: number } {
  if (text === undefined) return { index: 1, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${text} is not i/n with 1 ≤ i ≤ n`, 'e.g. --shard 2/4');
  return { index, count };
}

function reports(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of list(text)) {
    const at = part.indexOf('=');
    const [kind, file] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    // summary= and github-output= append, for the files GitHub Actions names in $GITHUB_STEP_SUMMARY and $GITHUB_OUTPUT.
    if (!['junit', 'json', 'html', 'summary', 'github-output'].includes(kind) || !file) {
      throw new UsageError(`--report ${part} is not junit=FILE, json=FILE, html=FILE, summary=FILE or github-output=FILE`, 'e.g. --report junit=out.xml,html=out.html');
    }
    out[kind] = file;
  }
  return out;
}

function endpoint(text: string | undefined): string | undefined {
  if (text === undefined || text === awsEndpoint) return text;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // fall through to the usage error
  }
  throw new UsageError(`--endpoint ${text} is not an http(s) URL or aws`, 'e.g. --endpoint http://127.0.0.1:4566, or --endpoint aws --region eu-central-1 for the real service');
}

/** The verify command line, checked: every mistake is a one-line usage error with a hint. */
export function parseVerifyOptions(v: Record<string, string | undefined>, names: { operations: readonly string[]; checks: readonly string[] }): ParsedVerifyOptions {
  const seed = v['seed'] === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(v['seed']);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed ${v['seed']} is not a whole number`, 'e.g. --seed 42');
  const url = endpoint(v['endpoint']);
  assertReplayNames(v['replay'], names);
  const live = liveOptions(v);
  return {
    ...live,
    ...(url ? { endpoint: url } : {}),
    ...(v['replay'] ? { replay: v['replay'] } : {}),
    service: oneOf('service', v['service'], ['media-pipelines', 'voice', 'all'], 'all'),
    ops: known('ops', list(v['ops']), names.operations, 'run chime-conformance operations for the ids'),
    checks: known('checks', list(v['checks']), names.checks, 'run chime-conformance checks for the names'),
    runs: positive('runs', v['runs'], 10),
    seed,
    shard: shard(v['shard']),
    auth: oneOf('auth', v['auth'], ['off', 'strict'], url === awsEndpoint ? 'strict' : 'off'),
    region: regionOption(v['region']),
    credentials: {
      accessKeyId: process.env['AWS_ACCESS_KEY_ID'] ?? exampleCredentials.accessKeyId,
      secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] ?? exampleCredentials.secretAccessKey,
      ...(process.env['AWS_SESSION_TOKEN'] ? { sessionToken: process.env['AWS_SESSION_TOKEN'] } : {}),
    },
    reports: reports(v['report']),
    ...setupOptions(v),
    ...retryOptions(v),
    parallel: positive('parallel', v['parallel'], v['endpoint'] === undefined ? embeddedParallel : 4),
    timeLimitMs: positive('time-limit', v['time-limit'], 30) * 1000,
    limits: answerLimitOptions(v),
  };
}
