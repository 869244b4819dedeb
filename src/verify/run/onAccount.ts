import type { Operation } from '../../contract/operation.js';
import type { Check, CheckContext } from './check.js';

/** Why a check is not run on a real account, or undefined when it is (the default, e.g. your own checks). */
export const unsafeOnAccount = (check: Check): string | undefined => (check.safeOnAccount === undefined || check.safeOnAccount === true ? undefined : check.safeOnAccount);

/**
 * Whether a cell runs: on a real account a check unsafe there does not, with its reason; elsewhere, and for
 * safe checks, the check's own `applies` decides.
 */
export function appliesHere(check: Check, op: Operation, ctx: CheckContext, onAccount: boolean): true | string {
  const unsafe = onAccount ? unsafeOnAccount(check) : undefined;
  return unsafe === undefined ? check.applies(op, ctx) : `not run on a real account: ${unsafe}`;
}
