import type { Outcome } from './check.js';

/** What a run reports as it goes: the NDJSON report is these, one per line. */
export type VerifyEvent =
  /** setup: where the pipelines, calls and time cases need come from (the world's source: 'control plane', 'fixtures'…). */
  | { readonly type: 'run-start'; readonly endpoint: string; readonly seed: number; readonly cells: number; readonly embedded: boolean; readonly setup: string }
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
      /** What the world made for the run and could not end afterwards (calls the setup hook did not hang up). */
      readonly notTornDown?: number;
    }
  /** Under --max-created, after the run: what it created, what it deleted or stopped, and what it could not (by ID). */
  | { readonly type: 'cleanup'; readonly created: number; readonly ended: number; readonly left: readonly { readonly kind: string; readonly id: string; readonly why: string }[] };

export type CellEvent = Extract<VerifyEvent, { type: 'cell' }>;
