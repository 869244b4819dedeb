import type { Exchange } from './wire/types.js';

/**
 * One line per request: time, request id, operation, status and error type. Bodies, where secrets live, never
 * appear. `at` is when the line is written (now, unless a test fixes it).
 */
export function logLine(e: Exchange, at: Date = new Date()): string {
  const what = e.operation ?? `${e.method} ${e.target.split('?')[0] ?? ''}`;
  return `${at.toISOString()} ${e.requestId} ${what} ${e.status}${e.errorType ? ` ${e.errorType}` : ''} ${e.ms.toFixed(1)}ms`;
}
