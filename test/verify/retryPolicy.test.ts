import { describe, expect, it } from 'vitest';
import { backoffMs, baseDelayMs, maxDelayMs, refusalOf, sdkMaxAttempts, throttlingBaseDelayMs } from '../../src/verify/reach/retryPolicy.js';

const answer = (status: number, headers: Record<string, string> = {}, body = '') => ({ status, headers, body });

describe('the retry policy is the AWS SDK standard mode (@smithy/core 3.41)', () => {
  it('has the SDK default attempts, bases and cap', () => {
    expect([sdkMaxAttempts, baseDelayMs, throttlingBaseDelayMs, maxDelayMs]).toEqual([3, 50, 1000, 20_000]);
  });

  it('draws each wait with full jitter below base * 2^retry, capped at 20 s', () => {
    const almostOne = () => 0.999999;
    for (let retry = 0; retry < 10; retry++) {
      const throttled = Math.min(1000 * 2 ** retry, 20_000);
      const transient = Math.min(50 * 2 ** retry, 20_000);
      expect(backoffMs(retry, 'throttling', () => 0)).toBe(0);
      expect(backoffMs(retry, 'throttling', almostOne)).toBe(throttled - 1);
      expect(backoffMs(retry, 'transient', almostOne)).toBe(transient - 1);
      expect(backoffMs(retry, 'throttling', () => 0.5)).toBe(Math.floor(throttled / 2));
    }
    for (let i = 0; i < 1000; i++) {
      const d = backoffMs(2, 'throttling');
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(4000);
    }
  });

  it('retries throttling (429, or a throttling code at any error status) and 503; never a 500 or a real error', () => {
    expect(refusalOf(answer(429, { 'x-amzn-errortype': 'ThrottledClientException' }))).toBe('throttling');
    expect(refusalOf(answer(429))).toBe('throttling');
    expect(refusalOf(answer(400, { 'x-amzn-errortype': 'Throttling' }))).toBe('throttling');
    expect(refusalOf(answer(400, {}, '{"__type":"com.amazon#ThrottlingException"}'))).toBe('throttling');
    expect(refusalOf(answer(400, {}, '{"code":"TooManyRequestsException"}'))).toBe('throttling');
    expect(refusalOf(answer(503, { 'x-amzn-errortype': 'ServiceUnavailableException' }))).toBe('transient');
    expect(refusalOf(answer(500, { 'x-amzn-errortype': 'ServiceFailureException' }))).toBeUndefined();
    expect(refusalOf(answer(400, { 'x-amzn-errortype': 'BadRequestException' }))).toBeUndefined();
    expect(refusalOf(answer(400, { 'x-amzn-errortype': 'ThrottledClientException' }))).toBeUndefined();
    expect(refusalOf(answer(200, {}, '{"code":"Throttling"}'))).toBeUndefined();
  });
});
