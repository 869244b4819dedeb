import { decodeOrKeep } from '../../../shared/decodeOrKeep.js';

/** A query parameter map as `@smithy/signature-v4` canonicalises it: decoded names and values, repeats as arrays. */
export type QueryMap = Record<string, string | string[]>;

/**
 * Splits a raw request target into its path, still percent-encoded exactly as received (the signer escapes it
 * again, as the client's signer did), and its decoded query. `+` stays `+`: SigV4 clients send spaces as `%20`.
 */
export function splitTarget(target: string): { path: string; query: QueryMap } {
  const [path = '/', search = ''] = target.split(/\?(.*)/s);
  // No prototype: a query named constructor or __proto__ is a name like any other.
  const query: QueryMap = Object.create(null) as QueryMap;
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const [rawName = '', rawValue = ''] = pair.split(/=(.*)/s);
    // Text that is not valid percent-encoding is kept as sent: it simply fails to verify.
    const name = decodeOrKeep(rawName);
    const value = decodeOrKeep(rawValue);
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return { path, query };
}
