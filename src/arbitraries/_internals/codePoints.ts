/** Length as the contract counts it: Unicode code points, like Smithy's length trait and ajv's ucs2length. */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** The first `n` code points of `s`. */
export const takeCodePoints = (s: string, n: number): string => [...s].slice(0, n).join('');
