import fc from 'fast-check';
import { codePointLength, takeCodePoints } from '../../contract/codePoints.js';
import { unitString, unitTable, type UnitTable } from '../unitString.js';

const beyondAscii = ['é', 'ß', 'Ω', 'я', '日本', '한', 'ع', '😀', '\u00a0', '𝔘'];

/** Text beyond ASCII, for the places a pattern lets it in. */
export const nonAscii = unitTable({ weight: 1, units: beyondAscii });

/** Characters for text with no pattern: ASCII that is safe anywhere, and some beyond. */
export const plainUnit = unitTable({ weight: 4, units: [...'abcXYZ019-_ .:/'] }, { weight: 1, units: beyondAscii });

/** Characters that stress JSON and URL encoding, with tabs, newlines and text beyond ASCII. */
const richUnit = unitTable({ weight: 6, units: [...'abcXYZ019-_ .:/"\\\'{}<>&%+?#=', '\t', '\n'] }, { weight: 1, units: beyondAscii });

interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** Text of the given bounds, short, longest and shortest, shrinking from the long forms into the short. */
export function text(b: Bounds, unit: UnitTable = richUnit, fix: (s: string) => string = (s) => s): fc.Arbitrary<string> {
  const of = (n: number, m: number) => unitString(unit, n, m).map((u) => fix(takeCodePoints(u, m)));
  return fc.oneof({ withCrossShrink: true }, of(b.min, Math.min(b.max, b.min + 16)), of(b.max, b.max), of(b.min, b.min));
}

/** At least one character that is not white space, within `max` code points. */
const notBlank = (max: number) => (s: string) => (/\S/u.test(s) ? s : `x${takeCodePoints(s, max - 1)}`);

/**
 * Patterns that only describe free text, made directly. fast-check builds `.` as a filtered character,
 * which made these strings a fifth of a verify run's time. Unanchored `.*\S.*`, the model's most common
 * pattern, holds for any text with a non-space character; `.*` for any text at all.
 */
export const textPatterns: ReadonlyMap<string, (b: Bounds) => fc.Arbitrary<string>> = new Map([
  ['.*\\S.*', (b: Bounds) => text({ min: Math.max(b.min, 1), max: b.max }, richUnit, notBlank(b.max))],
  ['.*', (b: Bounds) => text(b)],
]);

/**
 * A match with a little text before and after it, as an unanchored pattern allows, cut to fit `max` code
 * points. Where the length is fixed (min = max) there is no room around a match: the match alone.
 */
export function aroundMatch(match: fc.Arbitrary<string>, b: Bounds): fc.Arbitrary<string> {
  if (b.min === b.max) return match;
  const around = unitString(richUnit, 0, 3);
  return fc.tuple(around, match, around).map(([before, m, after]) => {
    const room = Math.max(0, b.max - codePointLength(m));
    const kept = takeCodePoints(before, room);
    return kept + m + takeCodePoints(after, room - codePointLength(kept));
  });
}
