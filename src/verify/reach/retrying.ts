import { Inconclusive } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import type { SendRaw, WireAnswer } from './rawClient.js';
import { rateLimit, realClock, type Clock } from './rateLimit.js';
import { backingOff } from './retryCount.js';
import { backoffMs, refusalOf } from './retryPolicy.js';
import { hintedDelayMs, retryAfterMs } from './retryAfter.js';
import type { Target } from './target.js';

export interface RetryOptions {
  /** Attempts per request, the first included (the SDK's default: 3). 1: a throttled request is inconclusive at once. */
  readonly maxAttempts: number;
  /** Requests per second at most, across the run, retries included; none: as fast as the run goes. */
  readonly rate?: number;
  readonly clock?: Clock;
  readonly random?: () => number;
}

/**
 * The target, patient as the AWS SDK's standard retry mode is (retryPolicy.ts): a 429 or 503 is no answer about
 * conformance, so the request is sent again after a jittered backoff, up to maxAttempts, and still refused then
 * it throws Inconclusive: the case proves nothing, and is neither passed nor failed for it. The SDK clients make
 * one attempt each (sdkSender.ts), so that every refusal, raw or SDK, is seen, retried and counted here alike.
 */
export function retrying(target: Target, o: RetryOptions): Target {
  const clock = o.clock ?? realClock;
  const pace = o.rate === undefined ? undefined : rateLimit(o.rate, clock);
  const patiently = async <R>(send: () => Promise<R>, answerOf: (r: R) => WireAnswer, what: string): Promise<R> => {
    for (let retry = 0; ; retry++) {
      await pace?.();
      const got = await send();
      const answer = answerOf(got);
      const refusal = refusalOf(answer);
      if (refusal === undefined) return got;
      if (retry + 1 >= o.maxAttempts) throw new Inconclusive(`${what} answered ${describeAnswer(answer)} to each of its ${o.maxAttempts} attempts`);
      await backingOff(clock.sleep(hintedDelayMs(backoffMs(retry, refusal, o.random), retryAfterMs(answer))));
    }
  };
  const retried =
    (send: SendRaw): SendRaw =>
    (req) =>
      patiently(
        () => send(req),
        (a) => a,
        `${req.method} ${req.target}`,
      );
  return {
    ...target,
    raw: retried(target.raw),
    sdk: (op, input) =>
      patiently(
        () => target.sdk(op, input),
        (e) => e.answer,
        op.id,
      ),
    retried: (send) => retried(target.retried ? target.retried(send) : send),
  };
}
