import { describe, expect, it } from 'vitest';
import { replayProgress } from '../../../src/parity/replay/replayProgress.js';

/** The first n rows of a replay whose rows 3, 300 and 998 differ. */
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ parity: [3, 300, 998].includes(i) ? 'different' : 'same' }));

describe('progress of a long replay', () => {
  it('says where it is every 5 s, on more than 200 exchanges only, and not at the end (the summary says it)', () => {
    let now = 0;
    const said: string[] = [];
    const long = replayProgress(
      1000,
      (l) => said.push(l),
      () => now,
    );
    for (const [at, n] of [
      [4999, 10],
      [5000, 400],
      [7000, 500],
      [10_000, 999],
      [20_000, 1000],
    ] as const) {
      now = at;
      long(rows(n));
    }
    expect(said).toEqual(['replay: 400 of 1000 exchanges, 2 different', 'replay: 999 of 1000 exchanges, 3 different']);

    const short = replayProgress(
      200,
      (l) => said.push(l),
      () => (now += 10_000),
    );
    short(rows(100));
    expect(said).toHaveLength(2);
  });
});
