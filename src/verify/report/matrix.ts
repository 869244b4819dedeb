import type { CellEvent } from '../run/events.js';

export interface Matrix {
  readonly checks: readonly string[];
  readonly operations: readonly string[];
  cell(operation: string, check: string): CellEvent | undefined;
}

/** The operations × checks grid of a run, in the order the cells were planned. */
export function matrixOf(cells: readonly CellEvent[]): Matrix {
  const checks = [...new Set(cells.map((c) => c.check))];
  const operations = [...new Set(cells.map((c) => c.operation))];
  const index = new Map(cells.map((c) => [`${c.operation} ${c.check}`, c]));
  return { checks, operations, cell: (operation, check) => index.get(`${operation} ${check}`) };
}

export const failures = (cells: readonly CellEvent[]) => cells.filter((c) => c.outcome.status === 'fail');
