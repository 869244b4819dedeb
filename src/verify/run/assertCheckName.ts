import { checks as builtIns } from '../checks/index.js';

/** What a check's name may hold: it is printed unquoted in reports and inside `--replay '…'` in a shell. */
const shape = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const suggestion = (name: string): string => name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[^A-Za-z0-9]+/, '') || 'our_rule';

/**
 * Refuses a name a custom check cannot have, each time with a hint: none, one that would break its replay value
 * (`check/operation/seed/path` is split at '/'), one a shell or a `--checks` list would misread, or a built-in's,
 * which would make reports and replays ambiguous.
 */
export function assertCheckName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error("chime-conformance: a check needs a name: reports and --replay values name it. Hint: defineCheck({ name: 'our_rule', … })");
  }
  if (name.includes('/')) {
    throw new Error(`chime-conformance: the check name '${name}' has a '/', which would split its --replay value (check/operation/seed/path). Hint: name it '${suggestion(name)}'`);
  }
  if (!shape.test(name)) {
    throw new Error(
      `chime-conformance: the check name ${JSON.stringify(name)} may hold letters, digits, '_', '.' and '-' only, so that reports, shells and --checks lists read it alike. Hint: name it '${suggestion(name)}'`,
    );
  }
  if (builtIns.some((c) => c.name === name)) {
    throw new Error(`chime-conformance: '${name}' is the name of a built-in check. Hint: give yours its own, e.g. 'our_${name}'`);
  }
}
