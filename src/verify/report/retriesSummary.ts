import type { CellEvent } from '../run/events.js';
import { safeText } from './safeText.js';

/** All the retries of a run's cells. */
export const retriesOf = (cells: readonly CellEvent[]): number => cells.reduce((n, c) => n + c.retries, 0);

/**
 * What the console says of throttling: each inconclusive cell with its reason, and the retries it took, the
 * cells that took most first. Nothing on a run that was never refused: most runs are not.
 */
export function retriesSummary(cells: readonly CellEvent[]): string[] {
  const lines: string[] = [];
  for (const c of cells) if (c.outcome.status === 'inconclusive') lines.push(safeText(`? ${c.check} on ${c.operation}: ${c.outcome.reason}`));
  const total = retriesOf(cells);
  if (total === 0) return lines.length > 0 ? [...lines, ''] : lines;
  const most = [...cells]
    .filter((c) => c.retries > 0)
    .sort((a, b) => b.retries - a.retries)
    .slice(0, 3)
    .map((c) => `${c.check} on ${c.operation} ${c.retries}`);
  lines.push(`↻ ${total} requests sent again after a 429 or 503 answer (most: ${most.join(', ')})`, '');
  return lines;
}
