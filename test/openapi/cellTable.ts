import type { CellEvent } from '../../src/verify/run/events.js';

export interface PrismRun {
  /** Column heading, e.g. `voice, prism mock -d`. */
  readonly label: string;
  readonly cells: readonly CellEvent[];
}

const statesOf = (cells: readonly CellEvent[]) => ({
  failed: cells.filter((c) => c.outcome.status === 'fail').length,
  applicable: cells.filter((c) => c.outcome.status !== 'skip').length,
});

/** `2 of 6 fail`, `6 pass`, or `n/a`: one check over one run's operations. */
function cellText(cells: readonly CellEvent[]): string {
  const { failed, applicable } = statesOf(cells);
  if (applicable === 0) return 'n/a';
  return failed === 0 ? `${applicable} pass` : `**${failed} of ${applicable} fail**`;
}

/** The check × run table for docs/openapi.md, from the runs' own cell events: rows in the order verify plans checks. */
export function cellTable(runs: readonly PrismRun[]): string {
  const checks = [...new Set(runs.flatMap((r) => r.cells.map((c) => c.check)))];
  const verdict = (r: PrismRun) => {
    const { failed, applicable } = statesOf(r.cells);
    return `${failed === 0 ? 'CONFORMANT' : 'NOT CONFORMANT'} (${applicable - failed} passed, ${failed} failed)`;
  };
  return [
    `| check | ${runs.map((r) => r.label).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...checks.map((check) => `| ${check} | ${runs.map((r) => cellText(r.cells.filter((c) => c.check === check))).join(' | ')} |`),
    `| **verdict** | ${runs.map(verdict).join(' | ')} |`,
  ].join('\n');
}
