import type { WireAnswer } from './rawClient.js';

/**
 * How long an answer asks to be left alone before a retry, in ms: `retry-after` in seconds or as an HTTP date,
 * or `x-amz-retry-after` in ms, read as the AWS SDK reads them (@smithy/core 3.41, parseRetryAfterHeader).
 */
export function retryAfterMs(answer: WireAnswer, now: number = Date.now()): number | undefined {
  const amz = answer.headers['x-amz-retry-after'];
  if (amz !== undefined) return Number.isNaN(Number(amz)) ? undefined : Math.max(0, Number(amz));
  const text = answer.headers['retry-after']?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The SDK's wait with a hint (StandardRetryStrategy.refreshRetryTokenForRetry): the backoff drawn, raised to the
 * hint, but never more than 5 s past the backoff, so a server cannot stall a run with a large hint.
 */
export const hintedDelayMs = (backoff: number, hint: number | undefined): number => (hint === undefined ? backoff : Math.max(backoff, Math.min(hint, backoff + 5_000)));
