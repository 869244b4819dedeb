import type { RetentionWindows } from './options.js';

/** The last instant an RFC 3339 timestamp with a four-digit year can name: the contract's and the SDKs' limit. */
export const lastRepresentableMs = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * How late the emulated clock may be. Answers write times up to a voice profile's ExpirationTimestamp, which
 * lies one voice profile retention window (3 years) after now: the clock stops that far before the limit, so
 * no answer or event ever carries a time past the year 9999.
 */
export const latestNow = (retention: RetentionWindows): number => lastRepresentableMs - retention.voiceProfileMs;

/** An advance the emulated clock cannot make; a 400 on the control plane, a clear error in code. */
export class ClockLimitError extends RangeError {
  constructor(
    readonly nowMs: number,
    readonly ms: number,
    readonly latestMs: number,
  ) {
    const at = Number.isFinite(nowMs) && Math.abs(nowMs) <= 8.64e15 ? new Date(nowMs).toISOString() : String(nowMs);
    const what = ms === 0 ? `the emulated clock starts at ${at}, past ` : `advancing the emulated clock by ${ms} ms would take it past `;
    super(
      `chime-conformance: ${what}${new Date(latestMs).toISOString()}, the latest time it can show: a voice profile made then expires at ` +
        `${new Date(lastRepresentableMs).toISOString()}, the last time a contract timestamp can carry.` +
        (ms === 0 ? '' : ` It is ${at}; at most ${Math.max(0, latestMs - nowMs)} ms more can pass.`),
    );
    this.name = 'ClockLimitError';
  }
}

/** Throws ClockLimitError, before anything moves, where `ms` more would pass the clock's limit. */
export function assertAdvanceFits(nowMs: number, ms: number, retention: RetentionWindows): void {
  const latest = latestNow(retention);
  if (nowMs + ms > latest) throw new ClockLimitError(nowMs, ms, latest);
}
