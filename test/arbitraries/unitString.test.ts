import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitString, unitTable } from '../../src/arbitraries/unitString.js';

const table = unitTable({ weight: 3, units: ['a', 'b', 'c'] }, { weight: 1, units: ['日本', '😀'] });

describe('unitString', () => {
  it('draws min to max units of the table, both groups, nothing else', () => {
    const values = fc.sample(unitString(table, 2, 9), { numRuns: 2000, seed: 7 });
    for (const v of values) expect(v).toMatch(/^(?:[abc]|日本|😀){2,9}$/u);
    const lengths = new Set(values.map((v) => v.match(/[abc]|日本|😀/gu)?.length));
    expect([...lengths].sort((x = 0, y = 0) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const beyond = values.join('').match(/日本|😀/gu)?.length ?? 0;
    const all = values.join('').match(/[abc]|日本|😀/gu)?.length ?? 1;
    // Weighted 1 in 4.
    expect(beyond / all).toBeGreaterThan(0.2);
    expect(beyond / all).toBeLessThan(0.3);
  });

  it('is the same for the same seed', () => {
    expect(fc.sample(unitString(table, 0, 50), { numRuns: 50, seed: 3 })).toEqual(fc.sample(unitString(table, 0, 50), { numRuns: 50, seed: 3 }));
  });

  it('shrinks to the shortest length allowed, in the first unit', () => {
    const details = fc.check(
      fc.property(unitString(table, 3, 400), (s) => !s.includes('c')),
      { seed: 11 },
    );
    expect(details.counterexample?.[0]).toMatch(/^(?:aac|aca|caa)$/);
    const shortest = fc.check(
      fc.property(unitString(table, 3, 400), () => false),
      { seed: 11 },
    );
    expect(shortest.counterexample?.[0]).toBe('aaa');
  });
});

describe('unitString under bias', () => {
  it('draws the shortest lengths more often than uniform lengths would, as fast-check biases its arrays', () => {
    const dot = unitTable({ weight: 1, units: ['.'] });
    const values = fc.sample(unitString(dot, 1, 60), { numRuns: 3000, seed: 5 });
    const shortest = values.filter((v) => v.length <= 3).length / values.length;
    // Uniform lengths 1..60 would give 3 in 60 (0.05).
    expect(shortest).toBeGreaterThan(0.1);
    expect(values.some((v) => v.length > 40)).toBe(true);
  });
});
