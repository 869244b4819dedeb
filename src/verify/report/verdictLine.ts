import type { CellEvent, RunEndEvent } from '../run/events.js';
import { retriesOf } from './retriesSummary.js';
import { safeText } from './safeText.js';
import { verdictOf } from './verdict.js';

/** What the verdict line says besides the counts: the setup it held on, the target, the seed. */
export interface VerdictFacts {
  readonly end: Pick<RunEndEvent, 'passed' | 'failed' | 'skipped' | 'inconclusive' | 'ms'>;
  readonly cells: readonly CellEvent[];
  /** setupScope's words: `setup: none`, `setup: fixtures; 20 of them for want of setup: …`. */
  readonly scope: string;
  /** `the embedded emulator`, or the endpoint as shown (credentials hidden). */
  readonly target: string;
  readonly seed: number;
}

/**
 * The run's last line, CI's to read: verify prints it for a run, merge for the shards of one, and a test holds
 * the two equal. Escaped: the scope quotes setup reasons, the target is the user's.
 */
export function verdictLine(f: VerdictFacts): string {
  const { end } = f;
  return safeText(
    `${verdictOf(end)}: ${end.passed} passed, ${end.failed} failed, ${end.skipped} not applicable (${f.scope}), ${end.inconclusive} inconclusive, ${retriesOf(f.cells)} retries, on ${f.target}, seed ${f.seed}, ${(end.ms / 1000).toFixed(1)} s`,
  );
}
