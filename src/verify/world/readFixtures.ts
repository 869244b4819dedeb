import { readFileSync } from 'node:fs';
import { parseJson } from '../../shared/parseJson.js';
import type { LiveCall } from './world.js';

/** Resources that already exist (schemas/setup/fixtures.json), for targets with no setup of their own. */
export interface Fixtures {
  readonly calls: readonly LiveCall[];
  readonly pipelines: readonly string[];
  readonly kmsKeyArn?: string;
}

/** A fixtures file that breaks its schema: the message names the member. */
export class BadFixtures extends Error {}

const isId = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const fail = (file: string, member: string, what: string) => new BadFixtures(`--fixtures ${file}: ${member} ${what} (schemas/setup/fixtures.json)`);

function list(file: string, json: Record<string, unknown>, member: string): unknown[] {
  const value = json[member] ?? [];
  if (!Array.isArray(value) || value.length > 10_000) throw fail(file, member, 'must be a list of at most 10000 items');
  return value;
}

function call(file: string, item: unknown, at: string): LiveCall {
  const c = (item && typeof item === 'object' && !Array.isArray(item) ? item : {}) as Record<string, unknown>;
  const extra = Object.keys(c).find((k) => k !== 'voiceConnectorId' && k !== 'transactionId');
  if (extra !== undefined) throw fail(file, `${at}.${extra}`, 'is not a member of a call');
  for (const m of ['voiceConnectorId', 'transactionId']) if (!isId(c[m], 256)) throw fail(file, `${at}.${m}`, 'must be a non-empty string of at most 256 characters');
  return { voiceConnectorId: c['voiceConnectorId'] as string, transactionId: c['transactionId'] as string };
}

/** Reads and checks a fixtures file: a member that breaks the schema is named, with the rule it breaks. */
export function readFixtures(file: string): Fixtures {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BadFixtures(`--fixtures ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) throw new BadFixtures(`--fixtures ${file}: not a JSON object`);
  const json = parsed.value as Record<string, unknown>;
  const extra = Object.keys(json).find((k) => !['calls', 'pipelines', 'kmsKeyArn'].includes(k));
  if (extra !== undefined) throw fail(file, extra, 'is not a member of a fixtures file: calls, pipelines, kmsKeyArn');
  const calls = list(file, json, 'calls').map((c, i) => call(file, c, `calls[${i}]`));
  const pipelines = list(file, json, 'pipelines').map((p, i) => {
    if (!isId(p, 1024)) throw fail(file, `pipelines[${i}]`, 'must be a non-empty string of at most 1024 characters');
    return p;
  });
  const kms = json['kmsKeyArn'];
  if (kms !== undefined && (typeof kms !== 'string' || !/^arn:aws[a-z-]*:kms:/.test(kms))) throw fail(file, 'kmsKeyArn', 'must be a KMS key ARN (arn:aws:kms:…)');
  return { calls, pipelines, ...(kms === undefined ? {} : { kmsKeyArn: kms as string }) };
}
