import { deepest } from '../compare/normaliser.js';

/** Members whose values the upstream made up: IDs, ARNs, and the page tokens it hands out. */
const madeUp = /(Id|Arn|NextToken)$/;

const object = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Carries identity forward: where the recorded answer and the target's hold different values in the same
 * ID-like member, the recorded value now stands for the target's. The first mapping of a value wins (a later
 * answer naming another value there is a difference to show, not a new identity). Lists are not walked: their
 * items may come in another order, and what they hold was mostly made, and mapped, by earlier answers.
 */
export function learnIdentities(identities: Map<string, string>, recorded: unknown, replayed: unknown, depth = 0): void {
  if (depth > deepest || !object(recorded) || !object(replayed)) return;
  for (const [key, was] of Object.entries(recorded)) {
    const now = replayed[key];
    if (typeof was === 'string' && typeof now === 'string') {
      if (madeUp.test(key) && was !== '' && was !== now && !identities.has(was)) identities.set(was, now);
    } else learnIdentities(identities, was, now, depth + 1);
  }
}
