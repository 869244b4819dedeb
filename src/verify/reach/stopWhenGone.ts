import { EndpointGone, NoAnswer } from './answerLimits.js';
import type { Target } from './target.js';

/** A failure of the connection (a deadline, a refused or reset socket, unparsable HTTP), not of an answer. */
const isConnectionFailure = (e: unknown): boolean => e instanceof NoAnswer || (e instanceof Error && (typeof (e as NodeJS.ErrnoException).code === 'string' || e.name === 'TimeoutError'));

/**
 * The target, with a fuse: when a request fails on the connection and a probe confirms the endpoint no longer
 * answers, every later request fails at once instead of waiting out its own deadline. Without it an endpoint
 * that stops answering costs each of hundreds of cases a full deadline, shrinking included: an hour, not seconds.
 * One failed request alone does not blow the fuse (the probe must fail too), so a flaky answer stays a case failure.
 */
export function stopWhenGone(target: Target, probe: () => Promise<string | undefined>): Target {
  let gone: string | undefined;
  let probing: Promise<void> | undefined;
  const confirm = () =>
    (probing ??= probe().then((why) => {
      gone ??= why;
      probing = undefined;
    }));
  const guard =
    <A extends unknown[], R>(send: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (gone !== undefined) throw new EndpointGone(gone);
      try {
        return await send(...a);
      } catch (e) {
        if (!isConnectionFailure(e)) throw e;
        await confirm();
        throw gone === undefined ? e : new EndpointGone(gone);
      }
    };
  return { ...target, raw: guard(target.raw), sdk: guard(target.sdk) };
}
