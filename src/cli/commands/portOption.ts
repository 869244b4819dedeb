import { UsageError } from '../command.js';

/** `--port`: 0–65535, 0 asking the system for a free one. */
export function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port ${text} is not a port number`, 'use 0–65535 (0 picks a free port)');
  return n;
}
