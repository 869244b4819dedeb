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

/**
 * Raw target text with known secrets masked, found decoded (however the client escaped them) and as written (an
 * escape may run into one: `%0A` before a token starting with `A`). Where two finds overlap, the first stands.
 */
function scrub(raw: string, book: SecretBook): string {
  const { text, rawAt } = decodedView(raw);
  const decoded = book.text.matches(text).map((hit) => {
    const [start, end] = [rawAt[hit.start] ?? 0, rawAt[hit.end] ?? raw.length];
    return { start, end, replacement: encodedLike(hit.replacement, raw.slice(start, end)) };
  });
  const spans = [...decoded, ...book.text.matches(raw)].sort((a, b) => a.start - b.start || b.end - a.end);
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
