import { awsEndpoint } from '../../verify/reach/serviceEndpoints.js';
import { UsageError } from '../command.js';
import { positive } from './positiveOption.js';

/** What verify needs for the real service, and the ceiling on what it creates anywhere. */
export interface LiveOptions {
  /** A profile of the shared config and credentials files; only with --endpoint aws. */
  readonly profile?: string;
  /** At most this many resources are created, and each one is deleted or stopped when the run ends. */
  readonly maxCreated?: number;
}

/** A small default for a paid account: enough for a --runs 1 look at every operation that creates. */
export const defaultMaxCreated = 10;

function maxCreated(text: string | undefined, live: boolean): number | undefined {
  if (text === undefined) return live ? defaultMaxCreated : undefined;
  return positive('max-created', text, defaultMaxCreated, `e.g. --max-created ${defaultMaxCreated}; to create nothing, choose --checks that create nothing`);
}

/**
 * --profile and --max-created, checked against --endpoint: a profile names real credentials, so it makes
 * sense with the real service only, which must also be given its region and signed requests.
 */
export function liveOptions(v: Record<string, string | undefined>): LiveOptions {
  const live = v['endpoint'] === awsEndpoint;
  if (v['profile'] !== undefined && !live)
    throw new UsageError('--profile names AWS credentials, which only --endpoint aws uses', 'add --endpoint aws, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for --auth strict');
  if (v['profile'] === '') throw new UsageError('--profile is empty', 'e.g. --profile my-profile');
  if (live && v['region'] === undefined) throw new UsageError('--endpoint aws needs --region: the real service is regional', 'e.g. --endpoint aws --region eu-central-1');
  if (live && v['auth'] === 'off') throw new UsageError('--endpoint aws with --auth off: the real service refuses unsigned requests', 'drop --auth; requests to the real service are always signed');
  const max = maxCreated(v['max-created'], live);
  return { ...(v['profile'] !== undefined ? { profile: v['profile'] } : {}), ...(max !== undefined ? { maxCreated: max } : {}) };
}
