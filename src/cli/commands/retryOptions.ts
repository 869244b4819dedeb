import { sdkMaxAttempts } from '../../verify/reach/retryPolicy.js';
import { UsageError } from '../command.js';
import { positive } from './positiveOption.js';

/** How patient verify is with a target that throttles: attempts per request, and a cap on requests per second. */
export interface RetryOptions {
  readonly maxAttempts: number;
  readonly rate?: number;
}

const maxAttempts = (text: string | undefined): number => positive('max-attempts', text, sdkMaxAttempts, `e.g. --max-attempts ${sdkMaxAttempts} (the AWS SDK's default; 1 retries nothing)`);

/** A rate may be below one (a target allowing a request every two seconds: --rate 0.5), never zero. */
function rate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`--rate ${text} is not a positive number of requests per second`, 'e.g. --rate 10, or leave it out for no cap');
  return n;
}

/** --max-attempts and --rate, checked. */
export function retryOptions(v: Record<string, string | undefined>): RetryOptions {
  const r = rate(v['rate']);
  return { maxAttempts: maxAttempts(v['max-attempts']), ...(r === undefined ? {} : { rate: r }) };
}
