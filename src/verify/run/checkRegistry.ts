import { assertCheckName } from './assertCheckName.js';
import type { Check, CheckChoice } from './check.js';
import { checks as builtIns } from '../checks/index.js';

/**
 * Every check a run knows, by name: the built-in ones, then each Check object among the choices, in order.
 * A name must say which check a report row or a replay value means, so two different checks under one name
 * are refused; the same object twice (e.g. the built-in list spread in) is one check.
 */
export function checkRegistry(choices: readonly CheckChoice[]): Map<string, Check> {
  const known = new Map(builtIns.map((c) => [c.name, c]));
  for (const choice of choices) {
    if (typeof choice === 'string' || known.get(choice.name) === choice) continue;
    assertCheckName(choice.name);
    if (known.has(choice.name)) {
      throw new Error(`chime-conformance: two different checks are named '${choice.name}'. Hint: rename one; a name must say which check a report row or a --replay value means`);
    }
    known.set(choice.name, choice);
  }
  return known;
}
