import type { acceptance } from './acceptance.js';
import { describeDifference, type Difference } from './difference.js';
import { maskDifference } from './maskDifference.js';

export type Parity = 'same' | 'different' | 'accepted';

/** A difference with what the table says of it, and the reason it is accepted when an entry accepts it. */
export interface JudgedDifference extends Difference {
  readonly text: string;
  readonly accepted?: string;
}

/** What the parity table shows of one exchange. */
export interface JudgedRow {
  readonly index: number;
  readonly operation: string;
  /** `accepted`: it differs, but each of its differences is a known one. */
  readonly parity: Parity;
  readonly differences: readonly JudgedDifference[];
  readonly notes: readonly string[];
}

/**
 * A row of the replay as the table and NDJSON show it: each difference judged against the accept list and
 * described with its sensitive values masked (both print this row, so nothing the target holds secret gets past).
 */
export function judgeRow(
  row: { readonly index: number; readonly operation: string; readonly differences: readonly Difference[]; readonly notes: readonly string[] },
  accept: ReturnType<typeof acceptance>,
): JudgedRow {
  const differences = row.differences.map((d): JudgedDifference => {
    const by = accept.accepting(row.operation, d);
    const shown = maskDifference(row.operation, d);
    return { ...shown, text: describeDifference(shown), ...(by?.reason === undefined ? {} : { accepted: by.reason }) };
  });
  const parity: Parity = differences.length === 0 ? 'same' : differences.every((d) => d.accepted !== undefined) ? 'accepted' : 'different';
  return { index: row.index, operation: row.operation, parity, differences, notes: row.notes };
}
