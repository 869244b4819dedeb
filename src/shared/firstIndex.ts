/**
 * The first whole number in [lo, hi) at which `before` no longer holds (hi when it holds throughout), for a
 * `before` that holds on a prefix of the range and not after it: a binary search, for sorted lists (indexes) and
 * for times alike. Browser-safe: the emulator core uses it.
 */
export function firstIndex(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    // Halved as a difference: lo + hi may pass 2^53 where both are large.
    const mid = lo + Math.floor((hi - lo) / 2);
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
