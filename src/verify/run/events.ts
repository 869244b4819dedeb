import type { Outcome } from './check.js';

/** What a run reports as it goes: the NDJSON report is these, one per line. */
export type VerifyEvent =
  | { readonly type: 'run-start'; readonly endpoint: string; readonly seed: number; readonly cells: number; readonly embedded: boolean }
  /** retries: requests of the cell sent again because they were throttled (429) or unavailable (503). */
  | { readonly type: 'cell'; readonly check: string; readonly operation: string; readonly outcome: Outcome; readonly ms: number; readonly retries: number }
  | {
      readonly type: 'run-end';
      readonly conformant: boolean;
      readonly passed: number;
      readonly failed: number;
      readonly skipped: number;
      /** Cells whose cases got no real answer even after their retries, and none failed. */
      readonly inconclusive: number;
      readonly ms: number;
    }
  /** Under --max-created, after the run: what it created, what it deleted or stopped, and what it could not (by ID). */
  | { readonly type: 'cleanup'; readonly created: number; readonly ended: number; readonly left: readonly { readonly kind: string; readonly id: string; readonly why: string }[] };

export type CellEvent = Extract<VerifyEvent, { type: 'cell' }>;
