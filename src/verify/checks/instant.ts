/**
 * An RFC 3339 time as milliseconds, NaN when it is none. A leap second (`23:59:60Z`) is a time RFC 3339 and the
 * contract's date-time allow, but Date.parse refuses it: it is read as the second before, plus one.
 */
export function instant(text: string): number {
  const parsed = Date.parse(text);
  if (!Number.isNaN(parsed)) return parsed;
  const leap = /^(.*T\d\d:\d\d:)60(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(text);
  return leap ? Date.parse(`${leap[1]}59${leap[2] ?? ''}${leap[3]}`) + 1000 : NaN;
}

/** Two timestamps name the same instant: 10:00:00Z and 10:00:00.000Z do; so does a text and itself, time or not. */
export const sameInstant = (a: string, b: string): boolean => a === b || instant(a) === instant(b);
