/** The time to let pass before an exchange, and what the recording had there when that was cut. */
export interface TimeGap {
  readonly passMs: number;
  /** The recorded gap, when a cap cut it. */
  readonly cappedFromMs?: number;
}

/**
 * The gap between two recorded exchanges' starts, replayed as time passing on the target. On a clock that is
 * advanced (`capMs` undefined) the whole gap passes, at once. On one that is waited for, the gap is cut at
 * `capMs` (an hour-long pause in a recording would stall the replay for an hour) and what the replay itself took
 * since the previous exchange started counts towards it. Exchanges recorded out of order (concurrent requests)
 * have no gap.
 */
export function timeGap(previousStartedAt: string, startedAt: string, o: { readonly capMs?: number; readonly elapsedMs?: number } = {}): TimeGap {
  const recorded = Date.parse(startedAt) - Date.parse(previousStartedAt);
  if (!(recorded > 0)) return { passMs: 0 };
  if (o.capMs === undefined) return { passMs: recorded };
  const cut = Math.min(recorded, o.capMs);
  const passMs = Math.max(0, cut - (o.elapsedMs ?? 0));
  return recorded > o.capMs ? { passMs, cappedFromMs: recorded } : { passMs };
}
