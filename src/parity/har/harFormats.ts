import { isIPv4, isIPv6 } from 'node:net';

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** RFC 3339 date-time: a real day of its month, a time of day (a leap second allowed), an offset. */
function dateTime(text: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * An absolute URI (RFC 3986): a scheme, then only characters a URI may hold, every `%` starting an escape.
 * Its parts are not parsed apart: HAR only asks that `url` be a URI, and the reader takes what follows the authority.
 */
const uri = (text: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(text);

/**
 * The formats har-schema names, for src/generated/harValidator.ts: the package ships no ajv (nor ajv-formats),
 * so the generated validator calls these. Test time checks written files against ajv-formats as well.
 */
export const harFormats: Readonly<Record<string, (text: string) => boolean>> = {
  'date-time': dateTime,
  uri,
  ipv4: isIPv4,
  ipv6: isIPv6,
};
