const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Where the code point that starts at UTF-16 index `i` ends: a high surrogate followed by a low one is one code point, as for…of reads them. */
const nextIndex = (s: string, i: number): number => (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? i + 2 : i + 1);

/**
 * Length as the contract counts it: Unicode code points, like Smithy's length trait and ajv's ucs2length.
 * Counted over char codes rather than by iterating the string: generators count long strings many times.
 */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i = nextIndex(s, i)) n++;
  return n;
};

/** The first `n` code points of `s` (a negative `n` drops that many from the end, as `slice` does). */
export const takeCodePoints = (s: string, n: number): string => {
  // n UTF-16 units hold at most n code points: nothing to count (the common case of a generator's cut).
  if (n >= s.length) return s;
  const count = n < 0 ? Math.max(0, codePointLength(s) + n) : n;
  let i = 0;
  for (let taken = 0; taken < count && i < s.length; taken++) i = nextIndex(s, i);
  return s.slice(0, i);
};

/** The last code point of `s`, or undefined for ''. */
export const lastCodePoint = (s: string): string | undefined => {
  if (s.length === 0) return undefined;
  const end = s.length;
  return isLow(s.charCodeAt(end - 1)) && end >= 2 && isHigh(s.charCodeAt(end - 2)) ? s.slice(end - 2) : s.slice(end - 1);
};
