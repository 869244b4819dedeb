import { fnv1a } from '../../../shared/fnv1a.js';
import { ServiceError } from '../serviceError.js';
import type { Input } from '../context.js';

const defaultPageSize = 100;

// Drawn once per process: tokens do not outlive the emulator that issued them. The core also runs in
// browsers (MSW), so Web Crypto, not node:crypto; and getRandomValues, since handlers answer synchronously.
const secret = globalThis.crypto.getRandomValues(new Uint32Array(2));

/** FNV-1a from a secret basis, finished with murmur3's mixer. Not cryptographic: it tells issued tokens from made-up ones. */
function keyedHash(basis: number, text: string): string {
  let h = fnv1a(text, basis);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

/** The offset of the next item and a 64-bit tag binding it to its list, base64url-encoded so clients treat it as opaque. */
function tokenFor(list: string, offset: number): string {
  const signed = `${list}\n${offset}`;
  const text = `${offset}.${keyedHash(secret[0] ?? 0, signed)}${keyedHash(secret[1] ?? 0, signed)}`;
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads the offset back, then demands the very token this list would have issued for it: forged, altered and foreign tokens all differ. */
function offsetOf(list: string, token: unknown): number {
  if (token === undefined) return 0;
  const notIssued = new ServiceError('BadRequestException', 'The NextToken is not one this service issued.');
  if (typeof token !== 'string' || !/^[\w-]{1,200}$/.test(token)) throw notIssued;
  let text: string;
  try {
    text = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw notIssued;
  }
  const offset = Number(/^(\d{1,15})\./.exec(text)?.[1] ?? NaN);
  if (!Number.isSafeInteger(offset) || tokenFor(list, offset) !== token) throw notIssued;
  return offset;
}

/**
 * One page of `items` for MaxResults and NextToken, with the token of the next page if there is one. `list`
 * names the list (operation and parent ID), so a token from one list is refused by another.
 */
// semantics: lists
export function page<T>(items: readonly T[], input: Input, list: string): { items: T[]; nextToken?: string } {
  const start = offsetOf(list, input['NextToken']);
  const end = start + (typeof input['MaxResults'] === 'number' ? input['MaxResults'] : defaultPageSize);
  const next = end < items.length ? { nextToken: tokenFor(list, end) } : {};
  return { items: items.slice(start, end), ...next };
}
