import { describe, expect, it } from 'vitest';
import { instant, sameInstant } from '../../src/verify/checks/instant.js';

describe('instant', () => {
  it('reads RFC 3339 times as Date.parse does', () => {
    expect(instant('2026-12-02T10:00:00Z')).toBe(Date.UTC(2026, 11, 2, 10));
    expect(instant('2026-12-02T10:00:00.250+01:00')).toBe(Date.UTC(2026, 11, 2, 9, 0, 0, 250));
  });

  it('reads a leap second as the second after :59, which Date.parse refuses', () => {
    expect(Date.parse('2016-12-31T23:59:60Z')).toBeNaN();
    expect(instant('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1));
    expect(instant('2026-12-02T13:10:60.5Z')).toBe(Date.UTC(2026, 11, 2, 13, 11, 0, 500));
  });

  it('is NaN for what is no time', () => {
    expect(instant('yesterday')).toBeNaN();
    expect(instant('undefined')).toBeNaN();
  });
});

describe('sameInstant', () => {
  it('holds for two spellings of one time, and for a leap second and itself (once "changed from X to X")', () => {
    expect(sameInstant('2026-12-02T10:00:00Z', '2026-12-02T10:00:00.000Z')).toBe(true);
    expect(sameInstant('2026-12-02T13:10:60Z', '2026-12-02T13:10:60Z')).toBe(true);
    expect(sameInstant('2026-12-02T10:00:00Z', '2026-12-02T10:00:01Z')).toBe(false);
  });
});
