import type { SignatureClaim } from './claim.js';

/** How far a signing time may be from the emulator's clock, as AWS allows. */
const maxSkewMs = 15 * 60 * 1000;
/** SigV4's own limit on presigned requests: one week. */
const maxExpiresSeconds = 7 * 24 * 3600;

/** `20261122T100000Z` as epoch milliseconds, or undefined when the text is not that basic ISO 8601 form. */
function parseAmzDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(ms) ? undefined : ms;
}

function amzDateOf(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** "16 minutes", or "15.5 minutes": whole numbers where they are exact, so the message never rounds into the limit. */
function minutes(ms: number): string {
  const m = Math.abs(ms) / 60_000;
  return `${Number.isInteger(m) ? m : m.toFixed(1)} minutes`;
}

/**
 * The signing time must parse, fall on the day of the credential scope, and be close to the emulator's clock:
 * within 15 minutes either way for a signed header, or (presigned) not in the future and not yet expired.
 */
export function checkTime(claim: SignatureClaim, now: number): string | undefined {
  const where = claim.form === 'header' ? 'the x-amz-date header' : 'X-Amz-Date in the query';
  if (claim.amzDate === undefined) return `${where} is missing: SigV4 signs the time of the request`;
  const signedAt = parseAmzDate(claim.amzDate);
  if (signedAt === undefined) return `${where} ${claim.amzDate} is not of the form yyyymmddThhmmssZ`;
  const scopeDate = claim.scope.slice(0, 8);
  if (scopeDate !== claim.amzDate.slice(0, 8)) return `credential scope date ${scopeDate} is not the day of ${claim.amzDate}`;
  const skew = signedAt - now;
  if (claim.form === 'header' && Math.abs(skew) > maxSkewMs) {
    return `request time ${claim.amzDate} is ${minutes(skew)} from the server's ${amzDateOf(now)}; at most 15 minutes are allowed`;
  }
  if (claim.form === 'query') return checkExpiry(claim.expires, signedAt, now);
  return undefined;
}

function checkExpiry(expires: string | undefined, signedAt: number, now: number): string | undefined {
  const seconds = Number(expires);
  if (expires === undefined || !/^\d+$/.test(expires) || seconds < 1 || seconds > maxExpiresSeconds) {
    return `X-Amz-Expires ${expires ?? '(missing)'} is not a whole number of seconds from 1 to ${maxExpiresSeconds}`;
  }
  if (signedAt - now > maxSkewMs) return `the presigned request is signed ${minutes(signedAt - now)} in the future`;
  const expiredAt = signedAt + seconds * 1000;
  if (now > expiredAt) return `the presigned request expired at ${amzDateOf(expiredAt)}, ${minutes(now - expiredAt)} ago`;
  return undefined;
}
