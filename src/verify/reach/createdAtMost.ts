import type { Operation } from '../../contract/operation.js';
import { NotApplicable } from '../run/check.js';
import { creates, ends, keyOf, madeBy, rawOperation, type Made } from './madeResource.js';
import type { Target } from './target.js';

/** A target that creates no more than it may, and knows what it made that still stands. */
export interface Ceiling {
  readonly target: Target;
  readonly max: number;
  /** Resources answered as created so far (those deleted since included). */
  created(): number;
  /** What was made and not yet deleted or stopped, in the order it was made. */
  standing(): readonly Made[];
  /** No creation from now on (a signal, or the run's end); resolves once none is in flight. */
  close(why: string): Promise<void>;
}

const ok = (status: number) => status >= 200 && status <= 299;

/**
 * Notes every Create and Start the target answers with success (janitor.ts does the same for what each case
 * makes) and refuses, before sending, any that would make more than `max`: the case is then not applicable,
 * never failed, for a limit of verify's own. Successful Deletes and Stops strike what they end from the list,
 * so the cleanup at the end asks only for what still stands. Creations in flight count against the limit.
 */
export function createdAtMost(t: Target, max: number): Ceiling {
  const standing = new Map<string, Made>();
  let created = 0;
  let inFlight = 0;
  let closed: string | undefined;
  const drained: (() => void)[] = [];

  const observe = async <R>(op: Operation, members: Readonly<Record<string, unknown>>, send: () => Promise<R>, answerOf: (r: R) => { status: number; body: string }): Promise<R> => {
    if (!creates(op)) {
      const result = await send();
      const key = ends(op) && ok(answerOf(result).status) ? keyOf(op, members) : undefined;
      if (key !== undefined) standing.delete(key);
      return result;
    }
    if (closed !== undefined) throw new NotApplicable(closed);
    if (created + inFlight >= max) throw new NotApplicable(`--max-created ${max} reached: this run creates nothing more on the target (raise --max-created to create more)`);
    inFlight++;
    try {
      const result = await send();
      const { status, body } = answerOf(result);
      const made = ok(status) ? madeBy(op, members, body) : undefined;
      // An answer without an ID still made something, for all verify knows: it counts, though nothing can delete it.
      if (ok(status) && !(made && standing.has(made.key))) created++;
      if (made) standing.set(made.key, made);
      return result;
    } finally {
      if (--inFlight === 0) drained.splice(0).forEach((resolve) => resolve());
    }
  };

  const target: Target = {
    ...t,
    raw: (req) => {
      const found = rawOperation(req);
      return found
        ? observe(
            found.op,
            found.members,
            () => t.raw(req),
            (a) => a,
          )
        : t.raw(req);
    },
    sdk: (op, input) =>
      observe(
        op,
        (input ?? {}) as Record<string, unknown>,
        () => t.sdk(op, input),
        (e) => e.answer,
      ),
  };
  return {
    target,
    max,
    created: () => created,
    standing: () => [...standing.values()],
    close: async (why) => {
      closed ??= why;
      if (inFlight > 0) await new Promise<void>((resolve) => drained.push(resolve));
    },
  };
}
