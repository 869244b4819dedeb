import { UsageError } from '../command.js';

/** A flag's positive whole number, or `fallback` when it is not given; anything else is a usage error with a hint. */
export function positive(name: string, text: string | undefined, fallback: number, hint = `e.g. --${name} ${fallback}`): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} ${text} is not a positive whole number`, hint);
  return n;
}
