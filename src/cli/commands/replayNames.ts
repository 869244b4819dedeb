import { UsageError } from '../command.js';
import { didYouMean } from '../didYouMean.js';
import { parseReplay } from '../../verify/run/parseReplay.js';

/**
 * A --replay value is `check/operation/seed/path`, copied from a report; one edited by hand may misspell its
 * check or operation. Such a near miss is named with what was meant; a value that names nothing like
 * either is left to the caller's "names no check and operation".
 */
export function assertReplayNames(replay: string | undefined, names: { operations: readonly string[]; checks: readonly string[] }): void {
  if (replay === undefined) return;
  const { check, op: operation } = parseReplay(replay);
  for (const [kind, given, known] of [
    ['check', check, names.checks],
    ['operation', operation, names.operations],
  ] as const) {
    const near = known.includes(given) ? '' : didYouMean(given, known);
    if (near) throw new UsageError(`--replay ${replay} names an unknown ${kind} ${given}; ${near}`, 'copy the --replay value whole from the report');
  }
}
