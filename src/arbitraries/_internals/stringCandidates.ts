import type { JsonSchema } from '../../contract/operation.js';
import { codePointLength } from './codePoints.js';
import { boundsOf } from './stringArbitrary.js';

/** Characters that together fall outside every pattern of the contract: space, punctuation, letters, non-ASCII. */
const fillers = [' ', '#', '!', 'Z', 'a', '0', 'é', '-', ':', '/'];

/** Lengths worth trying between `min` and `max`: the bounds, their neighbours and a few short ones. */
function lengths(min: number, max: number): number[] {
  return [...new Set([min, min + 1, max, max - 1, 1, 2, 3, 8, 36].filter((n) => n >= min && n <= max))];
}

/** Runs of each filler at each chosen length, plus junk around a run of letters. */
function candidates(min: number, max: number): string[] {
  const runs = lengths(min, max).flatMap((n) => fillers.map((f) => f.repeat(n)));
  const mixed = lengths(min, max)
    .filter((n) => n >= 3)
    .map((n) => `#${'a'.repeat(n - 2)}!`);
  return [...runs, ...mixed].filter((s) => codePointLength(s) >= min && codePointLength(s) <= max);
}

/**
 * Strings of allowed length that the schema's pattern rejects, from a fixed set of tries: none for a
 * vacuous pattern such as `[-_a-zA-Z0-9]*`. `atLeast` raises the minimum (a label cannot be empty).
 */
export function patternViolations(schema: JsonSchema, atLeast = 0): readonly string[] {
  const { pattern, min, max } = boundsOf(schema);
  if (!pattern || schema['enum']) return [];
  // Testing long runs against `.*\S.*` backtracks quadratically: each bound set is worked out once.
  const key = `${pattern.source}|${Math.max(min, atLeast)}|${max}`;
  let found = violationsByBounds.get(key);
  if (!found) violationsByBounds.set(key, (found = candidates(Math.max(min, atLeast), max).filter((s) => !pattern.test(s))));
  return found;
}

const violationsByBounds = new Map<string, readonly string[]>();

/** Strings the pattern accepts whose length falls outside [minLength, maxLength], from a valid value. */
export function lengthViolations(schema: JsonSchema, valid: string, side: 'short' | 'long', atLeast = 0): string[] {
  const { pattern, min, max } = boundsOf(schema);
  if (side === 'short' && min === 0) return [];
  const chars = [...valid];
  const tries =
    side === 'short'
      ? [...new Set([chars.slice(0, min - 1).join(''), ...fillers.map((f) => f.repeat(min - 1))])]
      : [1, 2, 17].flatMap((extra) => [valid + (chars.at(-1) ?? 'a').repeat(max + extra - chars.length), valid + 'é'.repeat(max + extra - chars.length)]);
  return tries.filter((s) => codePointLength(s) >= atLeast && (side === 'short' ? codePointLength(s) < min : codePointLength(s) > max) && (!pattern || pattern.test(s)));
}
