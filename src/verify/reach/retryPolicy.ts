import { sdkErrorType } from '../checks/errorType.js';
import type { WireAnswer } from './rawClient.js';

/*
 * The AWS SDK for JavaScript v3's standard retry mode, as the @smithy/core the clients here resolve (3.41)
 * does it, so that verify gives an endpoint no less and no more patience than its users' SDK would:
 * - 3 attempts: DEFAULT_MAX_ATTEMPTS (retry/util-retry/config.js).
 * - delays: StandardRetryStrategy takes its bases from retries-2026-config.js, Retry.delay() = 50 ms and
 *   Retry.throttlingDelay() = 1000 ms (constants.js still exports the older 100 and 500 ms, which it no longer uses);
 *   cap MAXIMUM_RETRY_DELAY = 20 s (constants.js).
 * - backoff, full jitter: floor(random() * min(base * 2^retry, cap)), retry counted from 0
 *   (DefaultRetryBackoffStrategy.computeNextBackoffDelay).
 * - throttling: status 429 or an error code of THROTTLING_ERROR_CODES (service-error-classification/constants.js);
 *   the models' ThrottledClientException carries no retryable trait, so the SDK knows it by its 429 alone.
 */
export const sdkMaxAttempts = 3;
export const baseDelayMs = 50;
export const throttlingBaseDelayMs = 1_000;
export const maxDelayMs = 20_000;

const throttlingCodes: ReadonlySet<string> = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

export type Refusal = 'throttling' | 'transient';

/**
 * Why an answer is no real answer, or undefined when it is one. Only 503 of the SDK's transient statuses
 * (500, 502, 503, 504): a 500 is what no_server_error exists to catch, and retrying it would hide it.
 */
export function refusalOf(answer: WireAnswer): Refusal | undefined {
  if (answer.status === 429) return 'throttling';
  // Most answers are successes: the error type is read only from an error's body.
  if (answer.status >= 400 && throttlingCodes.has(sdkErrorType(answer) ?? '')) return 'throttling';
  if (answer.status === 503) return 'transient';
  return undefined;
}

/** The wait before retry number `retry` (0 for the first), as the SDK draws it. */
export function backoffMs(retry: number, refusal: Refusal, random: () => number = Math.random): number {
  const base = refusal === 'throttling' ? throttlingBaseDelayMs : baseDelayMs;
  return Math.floor(random() * Math.min(base * 2 ** retry, maxDelayMs));
}
