import { verdictOf } from './verdict.js';

/** What a run counted, as its run-end event has it (retries summed from its cells). */
export interface RunCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly inconclusive: number;
  readonly retries: number;
}

/**
 * The run as GitHub Actions step outputs: `name=value` lines for the file `$GITHUB_OUTPUT` names, which the
 * runner reads after the step (a composite action maps them to its own outputs). Every value is one line, so
 * the simple form is enough and no shell has to pick the counts out of the console's verdict line.
 */
export function githubOutputs(counts: RunCounts): string {
  const outputs = {
    verdict: verdictOf(counts),
    passed: counts.passed,
    failed: counts.failed,
    'not-applicable': counts.skipped,
    inconclusive: counts.inconclusive,
    retries: counts.retries,
  };
  return Object.entries(outputs)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');
}
