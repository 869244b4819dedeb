import fc from 'fast-check';
import type { JsonSchema } from '../../contract/operation.js';
import { codePointLength, takeCodePoints } from '../../contract/codePoints.js';
import { aroundMatch, nonAscii, plainUnit, text, textPatterns } from './textPatterns.js';
import { unitString, unitTable, type UnitTable } from '../unitString.js';

/** Strings without a maxLength are generated up to this many code points: long enough to matter, fast to make. */
export const unboundedStringLength = 64;

export interface StringBounds {
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp | undefined;
}

const boundsBySchema = new WeakMap<JsonSchema, StringBounds>();

/** A schema's string bounds, its pattern compiled once (a pattern without flags g or y keeps no state between tests). */
export function boundsOf(schema: JsonSchema): StringBounds {
  let b = boundsBySchema.get(schema);
  if (!b) boundsBySchema.set(schema, (b = readBounds(schema)));
  return b;
}

function readBounds(schema: JsonSchema): StringBounds {
  const pattern = typeof schema['pattern'] === 'string' ? new RegExp(schema['pattern'], 'u') : undefined;
  const min = (schema['minLength'] as number | undefined) ?? 0;
  return { min, max: (schema['maxLength'] as number | undefined) ?? Math.max(min, unboundedStringLength), pattern };
}

export const satisfies = (b: StringBounds, s: string): boolean => {
  const length = codePointLength(s);
  return length >= b.min && length <= b.max && (b.pattern === undefined || b.pattern.test(s));
};

/** Grows a valid value to exactly `length` code points with the given filler, if the pattern still holds. */
function growTo(b: StringBounds, filler: UnitTable, length: number) {
  return (s: string) =>
    unitString(filler, length, length).map((fill) => {
      const grown = s + takeCodePoints(fill, length - codePointLength(s));
      return satisfies(b, grown) ? grown : s;
    });
}

function patterned(b: StringBounds & { pattern: RegExp }): fc.Arbitrary<string> {
  const whole = new RegExp(`^(?:${b.pattern.source})$`, 'u');
  const clean = fc.stringMatching(whole, { maxLength: b.max });
  // Unanchored patterns accept text around a match: the contract allows it, so the generators produce it.
  const anchored = b.pattern.source.startsWith('^') && b.pattern.source.endsWith('$');
  const loose = anchored ? clean : aroundMatch(clean, b);
  const ownChars = (s: string) => unitTable({ weight: 1, units: [...s] });
  const longest = clean.filter((s) => s.length > 0).chain((s) => fc.oneof(growTo(b, ownChars(s), b.max)(s), growTo(b, nonAscii, b.max)(s)));
  const shortest = fc.stringMatching(whole, { size: 'xsmall', maxLength: b.max });
  // Cross-shrinking lets a long or padded value shrink into the plain form: a grown value alone cannot get
  // shorter (its fill has a fixed length), and a failure unrelated to the string kept 200-character names.
  return fc.oneof({ withCrossShrink: true }, { weight: 4, arbitrary: clean }, { weight: 2, arbitrary: loose }, { weight: 1, arbitrary: shortest }, { weight: 2, arbitrary: longest });
}

/**
 * Arbitraries by what they depend on: the contract repeats a few patterns and bounds on every operation, and
 * building one (fc.stringMatching parses its regex and tokenizes its bias strings) cost a default verify run
 * a sixth of its time. Arbitraries are immutable, so sharing one draws exactly the same values.
 */
const built = new Map<string, fc.Arbitrary<string>>();

/** Strings that meet a schema's enum, pattern and length, with the length boundaries reached often. */
export function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const key = JSON.stringify([schema['enum'], schema['pattern'], schema['minLength'], schema['maxLength']]);
  let arb = built.get(key);
  if (!arb) built.set(key, (arb = buildStringArbitrary(schema)));
  return arb;
}

function buildStringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const values = schema['enum'] as string[] | undefined;
  if (values) return fc.constantFrom(...values);
  const b = boundsOf(schema);
  const base = b.pattern ? (textPatterns.get(b.pattern.source)?.(b) ?? patterned({ ...b, pattern: b.pattern })) : text(b, plainUnit);
  return base.filter((s) => satisfies(b, s));
}
