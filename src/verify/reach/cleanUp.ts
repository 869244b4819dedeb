import { describeAnswer } from '../report/describeAnswer.js';
import type { Made } from './madeResource.js';
import { call, type Target } from './target.js';
import { inPool } from '../run/inPool.js';

/** Deletes and Stops in flight at once. */
const endingAtOnce = 8;

/** What the cleanup could not delete or stop, and why. */
export interface Left {
  readonly kind: string;
  readonly id: string;
  readonly why: string;
}

export interface CleanedUp {
  readonly ended: number;
  readonly left: readonly Left[];
}

/** Tasks are stopped first (a search may still use its domain), then profiles, then the domains that held them. */
const order = (m: Made): number => (m.end.op.includes('.Stop') ? 0 : m.kind === 'VoiceProfile' ? 1 : 2);

/** Ends one resource: done when its Delete or Stop succeeds, or the target no longer knows it (404). */
async function end(t: Target, m: Made): Promise<Left | undefined> {
  try {
    const { answer } = await call(t, m.end.op, m.end.input);
    if ((answer.status >= 200 && answer.status <= 299) || answer.status === 404) return undefined;
    return { kind: m.kind, id: m.id, why: `${m.end.op} answered ${describeAnswer(answer)}` };
  } catch (e) {
    return { kind: m.kind, id: m.id, why: `${m.end.op} failed: ${(e as Error).message}` };
  }
}

/**
 * Deletes or stops everything the run made that still stands, one kind at a time in that order, each kind's
 * requests a few at a time. Through the target under the ceiling: the cleanup is never refused for the limit.
 */
export async function cleanUp(t: Target, standing: readonly Made[]): Promise<CleanedUp> {
  const left: Left[] = [];
  for (const step of [0, 1, 2]) {
    // A few at a time: a deep run interrupted may hold thousands of tasks, and a burst of Stops would be throttled.
    await inPool(
      standing.filter((m) => order(m) === step),
      endingAtOnce,
      async (m) => {
        const r = await end(t, m);
        if (r) left.push(r);
      },
    );
  }
  return { ended: standing.length - left.length, left };
}
