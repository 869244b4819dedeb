import { decodeOrKeep } from '../../../shared/decodeOrKeep.js';
import { decodedView } from './decodedView.js';
import type { SecretBook } from './secretBook.js';

/** Presigned URLs carry SigV4 in the query: the session token, the signature, the access key in the scope. */
const credentialMembers = new Set(['x-amz-security-token', 'x-amz-signature', 'x-amz-credential']);

// encodeURIComponent throws on a lone surrogate, which a decoded part cannot hold but a kept one may.
const encoded = (text: string): string => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));

/** A placeholder as the replaced part of a target was written: `/` and `:` bare where they were bare in it. */
const encodedLike = (placeholder: string, replaced: string): string =>
  encoded(placeholder)
    .replace(/%2F/g, replaced.includes('/') ? '/' : '%2F')
    .replace(/%3A/g, replaced.includes(':') ? ':' : '%3A');

/** Whether raw[start, end) lies inside one escape: `20` in `%20` is a space, not a short secret's echo. */
function withinEscape(raw: string, start: number, end: number): boolean {
  const at = raw.lastIndexOf('%', start - 1);
  return at >= 0 && at < start && start - at <= 2 && end <= at + 3 && /^%[0-9A-Fa-f]{2}$/.test(raw.slice(at, at + 3));
}

/**
 * Raw target text with known secrets masked, found decoded (however the client escaped them) and as written (an
 * escape may run into one: `%0A` before a token starting with `A`). Where two finds overlap, the first stands.
 * Free text (a tag) is not looked for: path labels and query members are IDs and values a replay sends as they are.
 */
function scrub(raw: string, book: SecretBook): string {
  const { text, rawAt } = decodedView(raw);
  const decoded = book.matches(text, 'value').map((hit) => {
    const [start, end] = [rawAt[hit.start] ?? 0, rawAt[hit.end] ?? raw.length];
    return { start, end, replacement: encodedLike(hit.replacement, raw.slice(start, end)) };
  });
  const spans = [...decoded, ...book.matches(raw, 'value').filter((hit) => !withinEscape(raw, hit.start, hit.end))].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let from = 0;
  for (const { start, end, replacement } of spans) {
    if (start < from) continue;
    out += raw.slice(from, start) + replacement;
    from = end;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

function queryMember(member: string, book: SecretBook): string {
  const eq = member.indexOf('=');
  if (eq < 0 || !credentialMembers.has(decodeOrKeep(member.slice(0, eq)).toLowerCase())) return scrub(member, book);
  const secret = decodeOrKeep(member.slice(eq + 1));
  const accessKey = /^[^/]+(?=\/)/.exec(secret)?.[0];
  if (accessKey !== undefined) book.mask(accessKey, 'credential'); // a scope may be echoed with another date
  return `${member.slice(0, eq)}=${encoded(book.mask(secret, 'credential'))}`;
}

/**
 * A target with its secrets masked: SigV4 query members by placeholder, and known secrets wherever they stand
 * in the path or another query member, however they are escaped. A target without secrets comes out as it went in.
 */
export function redactTarget(target: string, book: SecretBook): string {
  const q = target.indexOf('?');
  if (q < 0) return scrub(target, book);
  const query = target
    .slice(q + 1)
    .split('&')
    .map((m) => queryMember(m, book));
  return `${scrub(target.slice(0, q), book)}?${query.join('&')}`;
}
