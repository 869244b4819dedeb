import type { JsonSchema } from '../../contract/operation.js';
import { codePointLength, lastCodePoint, takeCodePoints } from '../../contract/codePoints.js';
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

/**
 * The last answers per schema: a mutation asks once whether it applies at a site and again for its values, for
 * the same value (and a sweep asks for every site of 40 requests). Long sides build strings past maxLength (1,024
 * code points and more): worked out twice per site they were a tenth of a default verify run.
 */
const lastViolations = new WeakMap<JsonSchema, Map<string, Map<string, string[]>>>();
const keptPerSchema = 64;

/** Strings the pattern accepts whose length falls outside [minLength, maxLength], from a valid value. */
export function lengthViolations(schema: JsonSchema, valid: string, side: 'short' | 'long', atLeast = 0): string[] {
  let bySide = lastViolations.get(schema);
  if (!bySide) lastViolations.set(schema, (bySide = new Map()));
  const sideKey = `${side}|${atLeast}`;
  let known = bySide.get(sideKey);
  if (!known) bySide.set(sideKey, (known = new Map()));
  // Keyed by the value itself: a string keeps its hash, where a key built around it would be hashed again.
  let found = known.get(valid);
  if (!found) {
    if (known.size >= keptPerSchema) known.clear();
    known.set(valid, (found = violationsOfLength(schema, valid, side, atLeast)));
  }
  return found;
}

function violationsOfLength(schema: JsonSchema, valid: string, side: 'short' | 'long', atLeast: number): string[] {
  const { pattern, min, max } = boundsOf(schema);
  if (side === 'short' && min === 0) return [];
  if (side === 'short') {
    const tries = [...new Set([takeCodePoints(valid, min - 1), ...fillers.map((f) => f.repeat(min - 1))])];
    return tries.filter((s) => {
      const length = codePointLength(s);
      return length >= atLeast && length < min && (!pattern || pattern.test(s));
    });
  }
  // Padded with single code points to maxLength + extra, so each try is that long: counting them again (past
  // 1,024 code points) was most of a sweep's time.
  const length = codePointLength(valid);
  const last = lastCodePoint(valid) ?? 'a';
  return [1, 2, 17]
    .flatMap((extra) => [
      { s: valid + last.repeat(max + extra - length), length: max + extra },
      { s: valid + 'é'.repeat(max + extra - length), length: max + extra },
    ])
    .filter((t) => t.length >= atLeast && t.length > max && (!pattern || pattern.test(t.s)))
    .map((t) => t.s);
}
