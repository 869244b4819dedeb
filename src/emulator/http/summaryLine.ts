/** Counts of one window: operation (or `control`, or `unknown` for a request no operation answers) → status → requests. */
export type WindowCounts = Map<string, Map<number, number>>;

/**
 * At most this many operations are named; the rest are one count. 22 operations, the control plane and unknown
 * requests could all appear at once: the line stays readable (a few hundred characters) whatever the traffic.
 */
const shownOperations = 10;

const total = (statuses: Map<number, number>): number => [...statuses.values()].reduce((a, b) => a + b, 0);

/**
 * `requests in the last 5 s: 812 (voice.GetSpeakerSearchTask 200×500, voice.StartSpeakerSearchTask 201×120 400×3, …)`:
 * the busiest operation first (ties by name, so the same traffic prints the same line), statuses in order.
 */
export function summaryLine(counts: WindowCounts, seconds: number): string {
  const operations = [...counts].map(([name, statuses]) => ({ name, statuses, n: total(statuses) }));
  operations.sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const all = operations.reduce((sum, o) => sum + o.n, 0);
  const named = operations.slice(0, shownOperations).map((o) => {
    const statuses = [...o.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    return `${o.name} ${statuses.join(' ')}`;
  });
  const rest = operations.slice(shownOperations);
  if (rest.length > 0) named.push(`${rest.length} more operation${rest.length === 1 ? '' : 's'} ×${rest.reduce((sum, o) => sum + o.n, 0)}`);
  return `requests in the last ${seconds} s: ${all} (${named.join(', ')})`;
}
