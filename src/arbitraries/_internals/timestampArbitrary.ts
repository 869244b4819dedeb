import fc from 'fast-check';

const range = { min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true };

/** ISO 8601 UTC date-times as restJson1 sends them, with and without fractional seconds. */
export const timestampArbitrary: fc.Arbitrary<string> = fc.tuple(fc.date(range), fc.boolean()).map(([d, fraction]) => (fraction ? d.toISOString() : d.toISOString().replace(/\.\d{3}Z$/, 'Z')));
